# kejishibao.com (科技时报 web), no printed date on the story; `2016年前10个月` and `11月17日` give 2016-11 (URL
# 2016-11-21 agrees). Cut before the `图文推荐` teaser list. 苏南国家自主创新示范区 (a national …示范区, named in
# a quoted strategy) is counted as a zone; bare `高新区` is a variant of 苏州高新区; `全国高新区` is a category.
# `前10个月` is both a date span and a duration figure (heldout3's `前5个月`). `全球500强` is a rank.
# Enterprises named by short names (力神电池, 捷德航空, 长城华冠, 易泰博); 瑞典ITAB集团 → group ITAB集团 (heldout4).
PUBLISHED = "2016-11"
PUBLISHED_INFERRED = True
SZ = "苏州高新区"
D17 = "2016-11-17"
ARTICLES = [A("苏州高新区38个重点项目“集结”343亿元", SZ)]
ZONES = [Z(SZ, [SZ, "高新区"]), Z("苏南国家自主创新示范区", ["苏南国家自主创新示范区"])]
ENTERPRISES = [
    E("力神电池", kind="short"),
    E("捷德航空", kind="short"),
    E("长城华冠", kind="short"),
    E("易泰博", kind="short"),
    E("ITAB集团", ["瑞典ITAB集团"], kind="group"),
]
M10 = ("2016-01", "2016-10")
FIGURES = [
    F("38个", 38, "个", S=SZ, K="zone", M="重点项目", P=D17),
    F("343亿元", 34300000000, "元", S=SZ, K="zone", M="重点项目总投资", P=D17),
    F("38个", 38, "个", S=SZ, K="zone", M="集中开工开业项目", P=D17),
    F("超过343亿元", 34300000000, "元", S=SZ, K="zone", M="总投资额", P=D17),
    F("38个", 38, "个", S=SZ, K="zone", M="集中开工开业项目", P=D17),
    F("20个", 20, "个", S=SZ, K="zone", M="集中开工项目", P=D17),
    F("118亿元", 11800000000, "元", S=SZ, K="zone", M="集中开工项目总投资", P=D17),
    F("28.1亿元", 2810000000, "元", S=SZ, K="zone", M="集中开工项目合同利用外资", P=D17),
    F("18个", 18, "个", S=SZ, K="zone", M="集中开业项目", P=D17),
    F("225亿元", 22500000000, "元", S=SZ, K="zone", M="集中开业项目总投资", P=D17),
    F("35.5亿元", 3550000000, "元", S=SZ, K="zone", M="集中开业项目合同利用外资", P=D17),
    F("50亿元", 5000000000, "元", S="力神电池", K="enterprise", M="总投资", P=None),
    F("前10个月", 10, "个月", S=SZ, K="zone", M=None, P=M10),
    F("112亿元", 11200000000, "元", S=SZ, K="zone", M="一般公共财政预算收入", P=M10),
    F("22%", 22, "%", S=SZ, K="zone", M="一般公共财政预算收入", P=M10, C=True),
    F("近2400家", 2400, "家", S=SZ, K="zone", M="累计引进外商投资企业", P=None),
    F("30多家", 30, "家", S=SZ, K="zone", M="全球500强企业", P=None),
    F("252亿美元", 25200000000, "美元", S=SZ, K="zone", M="外商投资企业累计注册资金", P=None),
    F("超过24000家", 24000, "家", S=SZ, K="zone", M="内资民营企业", P=None),
    F("2220亿元", 222000000000, "元", S=SZ, K="zone", M="内资民营企业注册资金", P=None),
]
DATES = [D("11月17日", D17, inferred=True), D("2016年前10个月", "2016-01", "2016-10")]
