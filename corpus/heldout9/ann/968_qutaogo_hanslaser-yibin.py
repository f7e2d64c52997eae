# qutaogo.com (web copy, spam title line first) of a 資本邦 story (financial news service) on a listed company's
# announcement, Traditional with pinyin readings glued into the words (kept as stored, heldout7's 814); crumb, share
# widget kept; printed `2021-09-23 22:16:41` and again `· 2021-09-23 ·` in the byline (two dates; clock no figure).
# The stored text breaks off in the paragraph after the land figures: cut there. Company: the registered name as printed
# (with its pinyin readings) inside `《…章程》`, `大族激光` its variant. No zones (宜賓市). 深圳證券交易所 (exchange),
# 資本邦 (media) are not. Stock code `002008.SZ`, ordinals `第七屆`/`第五次`, `兩大` (small count), `兩年內`/`一年內`
# (Chinese durations in 年) are no figures. The headline's `25億元` is a figure of its own (the body gives 15億元).
# Plan figures (擬/規劃) → target.
PUBLISHED = "2021-09-23"
PUBLISHED_INFERRED = False
HL = "大族激光科技產(chǎn)業(yè)集團(tuán)股份有限公司"
PJ = "大族激光新能源智能裝備生產(chǎn)基地項(xiàng)目"
ARTICLES = [A("大族激光:擬25億元投建兩大生產(chǎn)基地", None)]
ZONES = []
ENTERPRISES = [E(HL, ["大族激光"])]
FIGURES = [
    F("25億元", 2500000000, "元", S=HL, K="enterprise", M="投資", P=None, T=True),
    F("15億元", 1500000000, "元", S=PJ, K="other", M="總投資", P=None, T=True),
    F("5億元", 500000000, "元", S=PJ, K="other", M="一期投資", P=None, T=True),
    F("10億元", 1000000000, "元", S=PJ, K="other", M="二期投資", P=None, T=True),
    F("約150畝", 150, "畝", S=PJ, K="other", M="總占地", P=None, T=True),
    F("約50畝", 50, "畝", S=PJ, K="other", M="一期占地", P=None, T=True),
    F("約100畝", 100, "畝", S=PJ, K="other", M="二期占地", P=None, T=True),
]
DATES = [
    D("2021-09-23", "2021-09-23"),
    D("2021-09-23", "2021-09-23"),
    D("9月23日", "2021-09-23", inferred=True),
    D("2021年9月17日", "2021-09-17"),
]
EXCLUDE = ["22:16:41", "002008.SZ"]
