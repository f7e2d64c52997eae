# wnssr.com (content farm) copy of a 鉅大LARGE battery-news item, Traditional script with pinyin readings glued after
# words (`項(xiàng)目`, `投產(chǎn)`), kept as stored; whole as returned. Top line: site branding `鉅大LARGE`, a click counter
# `點(diǎn)擊量:1115次` (page furniture, no figure, as heldout16's counters) and the printed date `2018年05月27日`
# (published, not inferred). Headline as stored, readings included.
# Zone: none (連城縣工業園區 is a county park, not city rank; 海峽光電產業園 a park inside it).
# Enterprise: 福建國冠新能源 heads the project name `福建國冠新能源鋰電池項目` (company heading a project: short entry,
# heldout10/16); `國冠新能源` in the next paragraph is its short form (variant). `鉅大LARGE` is the source site's
# branding line, not a company named in the story: no entry.
# Figures: `3個月`, `10個月` are durations (個月). `22億元以上` is the base's output once at capacity (將達: target,
# approx). `三年內` has no scale word. `去年` (bare) is no dated mention (heldout16's 1617 `比去年`).
PUBLISHED = "2018-05-27"
PUBLISHED_INFERRED = False
GG = "福建國冠新能源"
LC = dict(S="連城縣", K="other")
ARTICLES = [A("福建國冠新能源鋰電池項(xiàng)目竣工投產(chǎn)", None)]
ZONES = []
ENTERPRISES = [E(GG, ["國冠新能源"], kind="short")]
FIGURES = [
    F("3.8億元", 380000000, "元", S=GG, K="enterprise", M="鋰電池項目總投資", P=None),
    F("3個(gè)月", 3, "個月", S=GG, K="enterprise", M="簽約到竣工投產用時", P=None),
    F("15.5億元", 1550000000, "元", **LC, M="鋰電池產業鏈引進項目總投資", P=None),
    F("10個(gè)月", 10, "個月", **LC, M="簽約至竣工投產期限", P=None),
    F("22億元以上", 2200000000, "元", **LC, M="鋰電池產業生產基地年產值", P=None, T=True),
]
DATES = [D("2018年05月27日", "2018-05-27")]
EXCLUDE = ["1115次"]
