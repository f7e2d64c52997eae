# epaper.wuhunews.cn (芜湖日报 e-paper, city paper), printed `2022年09月05日` with the page code `第RB05版:要 闻`
# (code, no figure). Cut after the last complete paragraph (the next breaks off). Title = the main headline; the
# deck `全力推进扩投资稳增长` and the attendance line `董萍…等出席` are not titles. `第三季度…集中签约、开工`: a
# ceremony's quarter is a date (2022-07..09, year-inferred), headline and body. 繁昌区 is a district: no zone.
# Companies: 奇瑞集团 (group), 康地谷物公司 (`…公司` without 有限 → short; `美国` dropped, printed form as variant),
# 兴瑞 (heads a project name → short); 埃科泰克 (a 奇瑞 unit/brand inside the project name, boundary unclear) left out.
# `3D` is a code; `可实现` → target. Counts of the signing/ground-breaking take the quarter (`日前`, no day given).
PUBLISHED = "2022-09-05"
PUBLISHED_INFERRED = False
FC = dict(S="繁昌区", K="other")
Q3 = ("2022-07", "2022-09")
KD = "康地谷物公司"
ARTICLES = [A("繁昌区第三季度招商引资项目集中签约、开工", None)]
ZONES = []
ENTERPRISES = [E("奇瑞集团", kind="group"), E(KD, ["美国康地谷物公司"], kind="short"), E("兴瑞", kind="short")]
FIGURES = [
    F("12个", 12, "个", **FC, M="集中签约项目", P=Q3),
    F("超70亿元", 7000000000, "元", **FC, M="签约项目总投资", P=Q3),
    F("11个", 11, "个", **FC, M="集中开工项目", P=Q3),
    F("近120亿元", 12000000000, "元", **FC, M="开工项目总投资", P=Q3),
    F("40亿元", 4000000000, "元", S="奇瑞集团埃科泰克新能源汽车专用DHT项目", K="other", M="产值", P=None, T=True),
    F("1亿元", 100000000, "元", S="奇瑞集团埃科泰克新能源汽车专用DHT项目", K="other", M="年纳税", P=None, T=True),
    F("400台套", 400, "台套", S="兴瑞", K="enterprise", M="设备规模", P=None),
    F("8000万美元", 80000000, "美元", S=KD, K="enterprise", M="总投资", P=None),
    F("5亿元", 500000000, "元", S=KD, K="enterprise", M="年销售收入", P=None, T=True),
]
DATES = [
    D("2022年09月05日", "2022-09-05"),
    D("第三季度", Q3[0], Q3[1], inferred=True),
    D("第三季度", Q3[0], Q3[1], inferred=True),
]
EXCLUDE = ["RB05", "3D"]
