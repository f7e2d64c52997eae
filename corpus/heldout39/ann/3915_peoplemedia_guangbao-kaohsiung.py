# peoplemedia.tw (民報, Taiwan) article page; the share form's `新聞標題【民報】…` line, the sender/recipient labels,
# the headline, a kicker line, the printed `2018-05-29 15:18` (clock no figure) and a photo caption stored twice kept.
# The stored text broke off in the 第1期廠房 paragraph; cut after the last complete paragraph.
# Title: the headline (also in the share line; one title). No zone: 楠梓園區/加工區/加工出口區 are Taiwan export-processing
# parks, no GUIDE zone kind → primary null. Company: 光寶集團 (group; `光寶` in `光寶高雄營運中心` its short form).
# Not enterprises: 經濟部加工處 (government). Figures: `年產值40億` in the share line and the headline (unit "", no
# unit printed), the body's `超過新臺幣40億元` and `約600個` each twice (the paragraph's closing repeats them),
# `超過百億元` (Chinese numeral with scale word); `超過50年` a duration in 年 (no figure); `三大指標性` small count.
# Dates: ROC `105年度` → 2016; `今29日` → `29日` 2018-05-29; `2019年中` → 2019. `明年中` (headline) has no calendar
# month (as `年初`), no dated mention.
PUBLISHED = "2018-05-29"
PUBLISHED_INFERRED = False
GB = "光寶集團"
CO = dict(S=GB, K="enterprise")
ARTICLES = [A("加工區首宗週轉基地 光寶集團一期廠房上樑 明年中投產 年產值40億", None)]
ZONES = []
ENTERPRISES = [E(GB, ["光寶"], kind="group")]
FIGURES = [
    F("40億", 4000000000, "", **CO, M="年產值", P="2019", T=True),
    F("40億", 4000000000, "", **CO, M="年產值", P="2019", T=True),
    F("超過新臺幣40億元", 4000000000, "元", **CO, M="年產值", T=True),
    F("約600個", 600, "個", **CO, M="就業機會", T=True),
    F("超過百億元", 10000000000, "元", **CO, M="總投資額"),
    F("超過新臺幣40億元", 4000000000, "元", **CO, M="年產值", T=True),
    F("約600個", 600, "個", **CO, M="就業機會", T=True),
]
DATES = [D("2018-05-29", "2018-05-29"), D("105年度", "2016"), D("29日", "2018-05-29", inferred=True),
         D("2019年中", "2019")]
EXCLUDE = ["15:18", "超過50年"]
