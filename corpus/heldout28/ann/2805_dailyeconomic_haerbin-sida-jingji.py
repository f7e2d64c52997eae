# cn.dailyeconomic.com (portal) rewrite of a 黑龙江省政府网站 item; no date line. The stored text breaks off in the
# 生物经济 paragraph (`目前,哈尔滨市推动北科`): cut after `明确了22项重点工作。`.
# Year: only from the page text's document names (`《哈尔滨市数字经济工作专班2023年工作要点》`,
# `《…生物经济加快发展2023年工作要点》`, no dates themselves) → published 2023 (inferred); `今年一季度` (twice) and bare
# `一季度` (twice) are the 2023-01..2023-03 span (inferred). `4567` (a slogan), `5G` (a name) are no figures; the section
# heading `数字经济 确定首批市重点项目28个` carries a figure as the body does (each occurrence counts).
# Zone: 哈尔滨新区 (…新区, a national new area), named in the park name `哈尔滨新区数字经济产业园` — NEW call: a zone
# named in a park's name is a zone mention (only company names are excluded, heldout16); not primary (the article is
# about the city). Companies: 中国移动 (heading the `国家大数据中心三期` project), 联合科技 (short). 深哈产业园 a park.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
HRB = dict(S="哈尔滨市", K="other")
Q1 = ("2023-01", "2023-03")
SH = dict(S="深哈产业园", K="other", P=Q1)
ARTICLES = [A("哈尔滨市加速打造“四大经济”发展新引擎", None)]
ZONES = [Z("哈尔滨新区", ["哈尔滨新区"])]
ENTERPRISES = [E("中国移动", kind="short"), E("联合科技", kind="short")]
FIGURES = [
    F("28个", 28, "个", **HRB, M="首批市重点项目", P="2023"),
    F("28个", 28, "个", **HRB, M="首批数字经济重点项目", P="2023"),
    F("38.85亿元", 3885000000, "元", **HRB, M="年度计划投资", P="2023", T=True),
    F("300个", 300, "个", **HRB, M="征集跟踪数字经济重点建设项目", P=Q1),
    F("562亿元", 56200000000, "元", **HRB, M="累计投资", P=Q1),
    F("12家", 12, "家", **HRB, M="上海招商推介会集中签约企业", P=Q1),
    F("3户", 3, "户", **HRB, M="具备初步合作意向企业", P=Q1),
    F("16个", 16, "个", **HRB, M="5G大会签约跟踪项目开工", P=Q1),
    F("80.5%", 80.5, "%", **SH, M="入驻率"),
    F("72%", 72, "%", **SH, M="数字经济产业集聚度"),
    F("51个", 51, "个", **HRB, M="公共数据开放部门", P=Q1),
    F("41个", 41, "个", **HRB, M="新增数据目录", P=Q1),
    F("2783个", 2783, "个", **HRB, M="累计数据目录", P=Q1),
    F("22项", 22, "项", **HRB, M="重点工作", P="2023"),
]
DATES = [D("今年一季度", "2023-01", "2023-03", inferred=True)] * 2 + [D("一季度", "2023-01", "2023-03", inferred=True)] * 2
EXCLUDE = ["“4567”", "5G", "2023年工作要点"]
