# www.wangchao.net.cn (王朝网络, portal repost, `王朝厨房·作者佚名  2007-01-04` printed → published), font widget kept.
# Cut after the last complete paragraph (`另据报道` broke off). `今天上午`/`上午` give no date; the festival name
# carries none. No GUIDE zone: 扬州(仪征)化学工业园 / 扬州化工园区 / 化工园区 is a chemical park (no GUIDE word).
# Companies: 大连化工股份公司 (`…公司` without 有限 → short, heldout9/10; bare `大连化工` its variant),
# 大连化工江苏有限公司 and 江苏瑞祥化工有限公司 registered (`瑞祥化工有限公司`, `瑞祥化工` variants), 扬农集团 group
# (bare `扬农` its variant), 扬农化工 short (the group's listed company, named on its own). `万美元` → 美元.
PUBLISHED = "2007-01-04"
PUBLISHED_INFERRED = False
DL = "大连化工股份公司"
RX = "江苏瑞祥化工有限公司"
ARTICLES = [A("扬州化工园区捷报频传 两大项目相继投产", None)]
ZONES = []
ENTERPRISES = [E(DL, ["大连化工"], kind="short"), E("大连化工江苏有限公司"),
               E(RX, ["瑞祥化工有限公司", "瑞祥化工"]), E("扬农集团", ["扬农"], kind="group"),
               E("扬农化工", kind="short")]
FIGURES = [
    F("6000万美元", 60000000, "美元", S=DL, K="enterprise", M="二期工程投资"),
    F("5万吨", 50000, "吨", S=DL, K="enterprise", M="年产规模"),
    F("5亿元", 500000000, "元", S=RX, K="enterprise", M="总投资"),
]
DATES = [D("2007-01-04", "2007-01-04")]
EXCLUDE = []
