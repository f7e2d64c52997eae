# pinhui.wang (aggregator) copy of a 集微网 item quoting the 无锡高新科技 account (media, no companies); whole as returned.
# No printed date: `2022年下半年以来` and `明年` plans → published 2022 (inferred); the title's bare `下半年` and `8月`,
# `上半年` take 2022 (inferred); `今年`/`明年` alone are no dated mentions (as `今年以来`).
# Zone: 无锡高新区 (primary). Companies: 英飞凌无锡公司 (`…公司` without 有限 → short), 村田电子 (twice), 村田新能源,
# 闻泰科技 (short). `无锡公司`/`无锡工厂`/`公司` are references, no names. MLCC is a product.
# Figures: `170批次` count set by hand; `超60%` approx; `突破200亿元` keeps 200亿元 (as heldout16's 突破千亿元).
# Facts: the zone's totals over 2022年下半年; company figures are the company's; `明年…有望` → 2023, target.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
WX = "无锡高新区"
Z_ = dict(S=WX, K="zone")
H2 = ("2022-07", "2022-12")
ARTICLES = [A("无锡高新区:下半年争取到了82亿美元新订单及66个新项目", WX)]
ZONES = [Z(WX, [WX])]
ENTERPRISES = [E("英飞凌无锡公司", kind="short"), E("村田电子", kind="short"), E("村田新能源", kind="short"),
               E("闻泰科技", kind="short")]
FIGURES = [
    F("82亿美元", 8200000000, "美元", **Z_, M="新订单", P=H2),
    F("66个", 66, "个", **Z_, M="新项目", P=H2),
    F("120家", 120, "家", **Z_, M="出国招商重点企业", P=H2),
    F("170批次", 170, "批次", kind="count", **Z_, M="出国招商批次", P=H2),
    F("1000余人", 1000, "人", **Z_, M="出国招商人员", P=H2),
    F("82亿美元", 8200000000, "美元", **Z_, M="争取新订单", P=H2),
    F("40多亿美元", 4000000000, "美元", **Z_, M="新项目总投资", P=H2),
    F("66个", 66, "个", **Z_, M="新项目", P=H2),
    F("10亿元以上", 1000000000, "元", S="英飞凌无锡公司", K="enterprise", M="订单增加", P="2023", C=True, T=True),
    F("1亿美元", 100000000, "美元", S="村田新能源", K="enterprise", M="大功率电池项目投资", P="2022-08"),
    F("超60%", 60, "%", S="闻泰科技", K="enterprise", M="海外收入占比", P="2022"),
    F("200亿元", 20000000000, "元", S="闻泰科技", K="enterprise", M="无锡公司年产值", P="2023", T=True),
]
DATES = [D("下半年", "2022-07", "2022-12", inferred=True), D("2022年下半年", "2022-07", "2022-12"),
         D("8月", "2022-08", inferred=True), D("上半年", "2022-01", "2022-06", inferred=True)]
EXCLUDE = []
