# slyday.com (aggregator), copy of a 新民晚报 report; no date line. The headline is stored a second time inside the
# photo caption, glued to an injected site name (`休闲区蓝鸢梦想 - Www.slyday.coM`) before `图说:座谈会现场。`: one
# title, its `9个` counts at each occurrence (heldout10). `2021年度优秀企业` and `今年` plans give published 2022-02
# (inferred); `2月18日` → 2022-02-18. Cut after the last complete paragraph (the list of the nine signed companies
# breaks off).
# Zone 松江经济技术开发区 (printed `国家级松江经济技术开发区`, `松江经开区`, bare `经开区`); 松江综合保税区/综保区 is no
# GUIDE zone; 长三角G60科创走廊 a corridor. Company: 普华永道 (short). The report title
# `《松江经济技术开发区松江综合保税区2021投资环境评估报告》` holds `2021` inside a document name (no date).
# Figures: `60%以上` approx; `84.7%` … `13.7%` growth rates (change); `近30年` is a duration in years; `四大产业`,
# `两位数`, `两项` are no figures; `G60` is a name.
PUBLISHED = "2022-02"
PUBLISHED_INFERRED = True
SJ = "松江经济技术开发区"
ZK = dict(S=SJ, K="zone")
D18 = "2022-02-18"
ARTICLES = [A("9个项目花落松江经开区:继续做好“金牌店小二”,当好“企业同路人”", SJ)]
ZONES = [Z(SJ, [SJ, "国家级松江经济技术开发区", "松江经开区", "经开区"])]
ENTERPRISES = [E("普华永道", kind="short")]
FIGURES = [
    F("9个", 9, "个", **ZK, M="新落户签约项目", P=D18),
    F("9家", 9, "家", **ZK, M="新落户项目集中签约", P=D18),
    F("9个", 9, "个", **ZK, M="新落户签约项目", P=D18),
    F("2826.9亿元", 282690000000, "元", **ZK, M="规上工业产值", P="2021"),
    F("62%", 62, "%", **ZK, M="规上工业产值占全区", P="2021"),
    F("2311亿元", 231100000000, "元", **ZK, M="进出口总额", P="2021"),
    F("80%", 80, "%", **ZK, M="进出口总额占全区", P="2021"),
    F("60%以上", 60, "%", **ZK, M="高端产业产值占规上工业总产值比重", P="2020"),
    F("84.7%", 84.7, "%", **ZK, M="新能源汽车产业增长", P="2020", C=True),
    F("27.8%", 27.8, "%", **ZK, M="生物医药产业增长", P="2020", C=True),
    F("42.6%", 42.6, "%", **ZK, M="新材料产业增长", P="2020", C=True),
    F("13.7%", 13.7, "%", **ZK, M="新一代信息技术产业增长", P="2020", C=True),
]
DATES = [
    D("2月18日", D18, inferred=True),
    D("2021年度", "2021"),
    D("2021年", "2021"),
    D("2020年", "2020"),
    D("2020年", "2020"),
]
EXCLUDE = ["2021投资", "30年", "G60"]
