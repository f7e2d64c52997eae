# hrbwhkj.com, a copy of the 泰州市高港区发改委 news page; 发布时间 printed. No zone (高港区 is a district).
# `亿元以上` has no numeral → not a figure; `5亿元以上项目5个` gives 5亿元 (threshold) and 5个.
PUBLISHED = "2016-03-30"
PUBLISHED_INFERRED = False
GG = "高港区"
Q1 = ("2016-01", "2016-03")
ARTICLES = [A("区领导及“两代表一委员”观摩检查亿元以上新开工项目", None)]
ZONES = []
ENTERPRISES = [E("三河汇福粮油", kind="short")]
FIGURES = [
    F("24个", 24, "个", S=GG, K="other", M="新开工项目", P="2016-03-30"),
    F("49个", 49, "个", S=GG, K="other", M="亿元以上新开工项目", P=Q1),
    F("92.8亿元", 9280000000, "元", S=GG, K="other", M="总投资", P=Q1),
    F("46.3亿元", 4630000000, "元", S=GG, K="other", M="计划完成投资", P="2016", T=True),
    F("5亿元", 500000000, "元", S=GG, K="other", M=None, P=Q1),
    F("5个", 5, "个", S=GG, K="other", M="5亿元以上项目", P=Q1),
    F("10亿元", 1000000000, "元", S=GG, K="other", M=None, P=Q1),
    F("2个", 2, "个", S=GG, K="other", M="10亿元以上项目", P=Q1),
    F("10.6亿元", 1060000000, "元", S="龙凤堂物流基地项目", K="other", M="总投资", P=None),
    F("13亿元", 1300000000, "元", S="凤栖湖景观区项目", K="other", M="总投资", P=None),
    F("5.9亿元", 590000000, "元", S=GG, K="other", M="新开工项目完成投资", P=("2016-01", "2016-02")),
    F("26.6%", 26.6, "%", S=GG, K="other", M="完成年度计划", P="2016-03"),
]
DATES = [
    D("2016-03-30", "2016-03-30"),
    D("3月30日", "2016-03-30", inferred=True),
    D("1-3月份", "2016-01", "2016-03", inferred=True),
    D("2016年", "2016"),
    D("3月底", "2016-03", inferred=True),
    D("1-2月份", "2016-01", "2016-02", inferred=True),
]
