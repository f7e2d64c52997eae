# landbridge.com (Landbridge平台, a logistics portal), printed `2020-02-06 11:00:12` (clock no figure). The returned
# text breaks off inside the paragraph on 苹果/戴尔 products (`目前,园区`); cut after the last complete paragraph.
# Zones: 成都高新综合保税区 with `成都高新综保区` (primary; a 综保区 counted as a zone of rank), 成都高新区, and the
# former `成都出口加工区` (a state export-processing zone, merged into it in 2010); `双流园区` is a part, `功能区` a plan
# term, bare `综保区` generic. Companies (short): 英特尔 (also heading `英特尔骏马项目`), 宇芯, 芯源系统 with its Latin
# `MPS`, 莫仕 with `莫仕连接器`, 德州仪器, 戴尔, 富士康. `21个月` (a run of months, duration in months) is a figure, in
# headline and body; `8英寸` is a wafer size (no figure); `近百个` a Chinese numeral with a scale word (figure, approx).
# 2019 results take 2019; `截至目前` counts the publication month; the 2010 approval area no period.
PUBLISHED = "2020-02-06"
PUBLISHED_INFERRED = False
ZB = "成都高新综保区"
ZK = dict(S=ZB, K="zone")
ARTICLES = [A("成都高新综保区进出口总额连续21个月居全国首位", ZB)]
ZONES = [Z(ZB, ["成都高新综合保税区", "成都高新综保区"]), Z("成都高新区", ["成都高新区"]),
         Z("成都出口加工区", ["成都出口加工区"])]
ENTERPRISES = [E("英特尔", kind="short"), E("宇芯", kind="short"), E("芯源系统", ["MPS"], kind="short"),
               E("莫仕", ["莫仕连接器"], kind="short"), E("德州仪器", kind="short"), E("戴尔", kind="short"),
               E("富士康", kind="short")]
FIGURES = [
    F("21个月", 21, "个月", **ZK, M="进出口总额连续居全国综保区首位", P="2019"),
    F("3827亿元", 382700000000, "元", **ZK, M="进出口总额", P="2019"),
    F("24%", 24, "%", **ZK, M="进出口总额同比增长", P="2019", C=True),
    F("57%", 57, "%", **ZK, M="占四川省外贸进出口总额比重", P="2019"),
    F("21个月", 21, "个月", **ZK, M="进出口总额连续居全国综保区首位", P="2019"),
    F("近百个", 100, "个", S="全国", K="other", M="综保区", P=None),
    F("4.68平方公里", 4.68, "平方公里", **ZK, M="规划面积", P=None),
    F("6个", 6, "个", **ZK, M="在实施新增投资项目", P="2019"),
    F("30亿美元左右", 3000000000, "美元", **ZK, M="签约投资额", P="2019"),
    F("2760亿元", 276000000000, "元", **ZK, M="规模以上企业产值", P="2019"),
    F("17.5%", 17.5, "%", **ZK, M="规模以上企业产值同比增长", P="2019", C=True),
    F("近40家", 40, "家", **ZK, M="入驻企业", P="2020-02"),
    F("20余家", 20, "家", **ZK, M="加工贸易企业", P="2020-02"),
    F("近10万人", 100000, "人", **ZK, M="从业人员", P="2020-02"),
    F("6座", 6, "座", **ZK, M="封装测试厂", P="2020-02"),
]
DATES = [D("2020-02-06", "2020-02-06"), D("2019年", "2019"), D("2010年10月", "2010-10"), D("2019年", "2019"),
         D("2019年", "2019")]
EXCLUDE = ["11:00:12", "8英寸"]
