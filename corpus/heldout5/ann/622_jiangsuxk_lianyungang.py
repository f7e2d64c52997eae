# pc.jiangsuxk.cn (a reposting portal) copy of the 连云港高新区科经局 report; date printed in the 来源 line.
# The page was cut after the first numbered paragraph (the stored text breaks off inside the second).
# `“十三五”期间` is a plan period → not a date, but gives the facts' period 2016–2020. `翻番` has no numeral → not a figure.
PUBLISHED = "2021-07-27"
PUBLISHED_INFERRED = False
LY = "连云港高新区"
P13 = ("2016", "2020")
ARTICLES = [A("“十三五”期间市高新区制造业转型升级情况报告", LY)]
ZONES = [Z(LY, ["市高新区", "连云港市高新区", "高新区"])]
ENTERPRISES = [E("天马集团", kind="group")]
FIGURES = [
    F("超过10%", 10, "%", S=LY, K="zone", M="规模以上工业产值、规模以上工业增加值年均增幅", P=P13, C=True),
    F("94家", 94, "家", S=LY, K="zone", M="累计培育规模以上工业企业", P=P13),
    F("102家", 102, "家", S=LY, K="zone", M="国家高新技术企业", P=P13),
    F("218家", 218, "家", S=LY, K="zone", M="国家科技型中小企业", P=P13),
    F("440亿元", 44000000000, "元", S=LY, K="zone", M="产业总收入", P="2020"),
    F("315亿元", 31500000000, "元", S=LY, K="zone", M="规模以上工业产值", P="2020"),
    F("81%", 81, "%", S=LY, K="zone", M="主导产业占比", P="2020"),
    F("70亿元", 7000000000, "元", S=LY, K="zone", M="现代物流业营业总收入", P="2020"),
]
DATES = [D("2021-07-27", "2021-07-27"), D("2020年", "2020")]
