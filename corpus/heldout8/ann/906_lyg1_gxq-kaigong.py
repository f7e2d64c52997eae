# sharenew.lyg1.com (连云港 city media cloud) item, printed `2021-06-11 11:45:34` (clock no figure); a stray `/` line
# above the headline kept. Cut after `来源丨融媒体新闻中心` (a like-counter `0` followed). Zone 连云港高新区, named in
# full only inside the project name `联东U谷-连云港高新区高科技企业港项目`, bare `高新区` throughout → both variants.
# 宋跳工业园, 新浦工业园 are parks inside it. 联东U谷 (a park brand heading the project name, not named as a company)
# is left out. `15月份` is the stored text of `1-5月份` with its dash lost: annotated as that date span (2021-01..05,
# year-inferred). `上半年` → 2021-01..06 (year-inferred). `一个月` (项目开工一个月) is a Chinese-numeral duration figure
# (team convention); `16个工作日` a duration (kind set by hand). `双过半`, `首战首胜` are slogans; `一期` no figure.
PUBLISHED = "2021-06-11"
PUBLISHED_INFERRED = False
LY = "连云港高新区"
Zd = dict(S=LY, K="zone")
M5 = ("2021-01", "2021-05")
PJ = "联东U谷-连云港高新区高科技企业港项目"
ARTICLES = [A("高新区年内新建重点项目开工过半", LY)]
ZONES = [Z(LY, [LY, "高新区"])]
ENTERPRISES = []
FIGURES = [
    F("一个月", 1, "个月", S=PJ, K="other", M="开工时长", P=None),
    F("16个工作日", 16, "个工作日", kind="duration", S=PJ, K="other", M="拿地到开工审批用时", P=None),
    F("29个", 29, "个", **Zd, M="新建重点项目", P=M5),
    F("15个", 15, "个", **Zd, M="已开工新建重点项目", P=M5),
    F("51.7%", 51.7, "%", **Zd, M="整体开工率", P=M5),
    F("80%", 80, "%", S="新浦工业园和宋跳工业园", K="other", M="开工率", P=M5),
]
DATES = [
    D("2021-06-11", "2021-06-11"),
    D("上半年", "2021-01", "2021-06", inferred=True),
    D("15月份", M5[0], M5[1], inferred=True),
]
EXCLUDE = ["11:45:34"]
