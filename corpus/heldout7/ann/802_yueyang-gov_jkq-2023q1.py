# jkq site of 岳阳经济技术开发区 (zone administration, yueyang.gov.cn), printed 2023-02-20 11:01 (clock not a figure).
# `浏览次数:1` is a view counter (furniture, heldout6). Cut after the last complete paragraph.
# The deck `经开区17个项目集中开工、19个项目集中签约` is a subhead of the one article, not a title; its figures count.
# Zone named in full only in the 来源 line and otherwise as bare `经开区` → canonical 岳阳经济技术开发区 (the printed full
# form), bare form as variant. `2023年一季度…仪式`: a ceremony's quarter is a date (heldout3/4/6), in title and body.
# 北京亦庄 (place / 北京亦庄投资, of unclear company status in a project name), 万达广场 (a mall project), 中南大学
# (university): not enterprises. 过去一年 → 2022. Counts of this ceremony take its day (2月17日) as period.
PUBLISHED = "2023-02-20"
PUBLISHED_INFERRED = False
YY = "岳阳经济技术开发区"
Z_ = dict(S=YY, K="zone")
E17 = "2023-02-17"
ARTICLES = [A("经开区举行2023年一季度产业项目集中签约暨重大项目集中开工仪式", YY)]
ZONES = [Z(YY, [YY, "经开区"])]
ENTERPRISES = []
FIGURES = [
    F("17个", 17, "个", **Z_, M="集中开工项目", P=E17),
    F("19个", 19, "个", **Z_, M="集中签约项目", P=E17),
    F("52个", 52, "个", **Z_, M="签约项目", P="2022"),
    F("357亿元", 35700000000, "元", **Z_, M="合同投资额", P="2022"),
    F("46个", 46, "个", **Z_, M="开工项目", P="2022"),
    F("43个", 43, "个", **Z_, M="建成投产", P="2022"),
    F("19个", 19, "个", **Z_, M="签约项目", P=E17),
    F("163.6亿元", 16360000000, "元", **Z_, M="签约项目总投资额", P=E17),
    F("9个", 9, "个", **Z_, M="制造类项目", P=E17),
    F("1个", 1, "个", **Z_, M="新材料项目", P=E17),
    F("2个", 2, "个", **Z_, M="商业综合体项目", P=E17),
    F("4个", 4, "个", **Z_, M="金融服务项目", P=E17),
    F("2个", 2, "个", **Z_, M="总部及生产基地项目", P=E17),
    F("1个", 1, "个", **Z_, M="开放型电商平台项目", P=E17),
    F("17个", 17, "个", **Z_, M="集中开工项目", P=E17),
    F("126.6亿元", 12660000000, "元", **Z_, M="开工项目总投资额", P=E17),
    F("60亿元", 6000000000, "元", S="万达广场大型商业综合体", K="other", M="总投资", P=None),
    F("3亿元", 300000000, "元", S="北京亦庄投资合作项目", K="other", M="总投资", P=None),
]
DATES = [
    D("2023年一季度", "2023-01", "2023-03"),
    D("2023-02-20", "2023-02-20"),
    D("2月17日", E17, inferred=True),
    D("2023年一季度", "2023-01", "2023-03"),
]
EXCLUDE = ["11:01", "浏览次数:1"]  # clock time, view counter
