# ncxbepaper.hubeidaily.net, the e-paper of 农村新报 (湖北日报 group; county news). Printed page date `2023年02月11日`.
# A pull quote `170亿元` above the headline is no title but a figure on the page (counted apart from the body's).
# The e-paper's metadata trailer (`--> 2023-02-11 170亿元 7 7 农村新报 content_211325.html … /enpproperty-->`) after
# the last paragraph is cut. No zone. Company: 上海均和集团 (group); the 16/7 signing firms are unnamed.
# `5大产业方向` is a digit count (unit ""). The ceremony's `2023年第一季度` (in the event's name) is a dated mention
# (heldout16: a ceremony's year is a date) → 2023-01..2023-03; `今年第一季度` likewise (inferred); `2月8日` inferred.
# Plans (`将组建`, `派出`, `计划开工`, `将引入…年可实现`) → target.
PUBLISHED = "2023-02-11"
PUBLISHED_INFERRED = False
ZS = dict(S="竹山县", K="other")
Q1 = ("2023-01", "2023-03")
ARTICLES = [A("竹山跨省招商喜迎“第一签”", None)]
ZONES = []
ENTERPRISES = [E("上海均和集团", kind="group")]
FIGURES = [
    F("170亿元", 17000000000, "元", **ZS, M="签约总投资额", P="2023-02-08"),
    F("16家", 16, "家", **ZS, M="集中签约企业", P="2023-02-08"),
    F("170亿元", 17000000000, "元", **ZS, M="总投资额", P="2023-02-08"),
    F("5大", 5, "", **ZS, M="产业方向", P="2023"),
    F("7家", 7, "家", **ZS, M="签约卫浴企业", P="2023-02-08"),
    F("10多次", 10, "次", **ZS, M="组队外出招商", P=None),
    F("125家", 125, "家", **ZS, M="签约卫浴企业", P=None),
    F("84家", 84, "家", **ZS, M="投产卫浴企业", P=None),
    F("34家", 34, "家", **ZS, M="规上卫浴企业", P=None),
    F("70亿元", 7000000000, "元", **ZS, M="卫浴企业年产值", P=None),
    F("5个", 5, "个", **ZS, M="驻外企业服务联络处", P="2023", T=True),
    F("20名", 20, "名", **ZS, M="招商大使", P="2023", T=True),
    F("76名", 76, "名", **ZS, M="县直单位精干力量", P="2023", T=True),
    F("17名", 17, "名", **ZS, M="乡镇长外出招商", P="2023", T=True),
    F("107个", 107, "个", **ZS, M="计划开工项目", P=Q1, T=True),
    F("333.81亿元", 33381000000, "元", **ZS, M="计划开工项目总投资", P=Q1, T=True),
    F("15亿元", 1500000000, "元", S="乡村振兴产业园项目", K="other", M="年产值", P=None, T=True),
]
DATES = [D("2023年02月11日", "2023-02-11"), D("2月8日", "2023-02-08", inferred=True),
         D("2023年第一季度", "2023-01", "2023-03"), D("今年第一季度", "2023-01", "2023-03", inferred=True)]
EXCLUDE = []
