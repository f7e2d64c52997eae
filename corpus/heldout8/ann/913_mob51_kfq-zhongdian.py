# mob51.cn copy of a city-paper item in Traditional with pinyin readings glued in, printed `2010-09-24` with an
# empty `瀏覽次數:` and a font-size widget (`大中小`); whole as returned (ends with a table bar `|`). The zone is only
# `市經濟開發區`/`經濟開發區`/`開發區`, its city never named on the page → no zone (heldout7's 828), fact subjects the
# companies/projects. Companies: 振華油脂有限公司 (registered, `振華油脂` heading the project name as variant),
# 聯成塑膠 (short), both as printed. Capacities `年加工大豆油38.4萬噸`, `大豆粕153.6萬噸`, `年產30萬噸PVC 的能力`
# are figures (stated capacities, not project names), targets (`將形成`, `努力…形成`). Dated mentions without year
# take 2010: `去年下半年` → 2009-07..12, `今年11月份` → 2010-11, `2月份` → 2010-02, `明年3月份` → 2011-03. 中秋 no date.
PUBLISHED = "2010-09-24"
PUBLISHED_INFERRED = False
ZH = "振華油脂有限公司"
LC = "聯(lián)成塑膠"
ARTICLES = [A("市經(jīng)濟(jì)開發(fā)區(qū):重點項目加班建設(shè)不停步", None)]
ZONES = []
ENTERPRISES = [E(ZH, ["振華油脂"]), E(LC, kind="short")]
FIGURES = [
    F("10億元", 1000000000, "元", S=ZH, K="enterprise", M="總投資", P=None),
    F("38.4萬噸", 384000, "噸", S=ZH, K="enterprise", M="年加工大豆油", P=None, T=True),
    F("153.6萬噸", 1536000, "噸", S=ZH, K="enterprise", M="大豆粕生產規模", P=None, T=True),
    F("30萬噸", 300000, "噸", S=LC, K="enterprise", M="年產PVC能力", P=None, T=True),
]
DATES = [
    D("2010-09-24", "2010-09-24"),
    D("去年下半年", "2009-07", "2009-12", inferred=True),
    D("今年11月份", "2010-11", inferred=True),
    D("2月份", "2010-02", inferred=True),
    D("明年3月份", "2011-03", inferred=True),
]
EXCLUDE = []
