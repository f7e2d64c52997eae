# jinrongribao.com (financial web portal) copy of a 中新网 wire (national news agency), printed `时间:2020-12-26 03:12`
# (clock no figure). The headline is stored as a list item `1. …`: the list number is no part of the title and no figure.
# The stored text breaks off in the next paragraph: cut after the last complete one. 中关村科学城 is a 科学城 (an area of
# 海淀, heldout7's 西部科学城 call): no GUIDE zone; `中关村` occurs only inside names (中关村科学城, 中关村前孵化创新中心)
# → no zone, primary_zone null, fact subject 中关村科学城 as printed (other). No companies (funds are not).
# `3万亿` (headline, no unit) → unit ""; `突破` sets no approx. `5年来` (duration in 年), `十三五`, `每万人` (a rate's
# denominator) are no figures. `12月24日` and both bare `24日` → 2020-12-24. `目前` shares → publication month.
PUBLISHED = "2020-12-26"
PUBLISHED_INFERRED = False
KX = "中关村科学城"
ARTICLES = [A("今年中关村科学城园区高新技术企业总收入预计突破3万亿", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("3万亿", 3000000000000, "", kind="money", S=KX, K="other", M="高新技术企业总收入", P="2020", T=True),
    F("13%", 13, "%", S=KX, K="other", M="高新技术企业总收入增速", P=("2016", "2020"), C=True, T=True),
    F("3万亿元", 3000000000000, "元", S=KX, K="other", M="高新技术企业总收入", P="2020", T=True),
    F("28亿元", 2800000000, "元", S="科学家基金", K="other", M="规模", P=None),
    F("40%", 40, "%", S=KX, K="other", M="大信息产业占比", P="2020-12"),
    F("18%", 18, "%", S=KX, K="other", M="科技服务业占比", P="2020-12"),
    F("12%", 12, "%", S=KX, K="other", M="金融业占比", P="2020-12"),
]
DATES = [
    D("2020-12-26", "2020-12-26"),
    D("12月24日", "2020-12-24", inferred=True),
    D("24日", "2020-12-24", inferred=True),
    D("24日", "2020-12-24", inferred=True),
]
EXCLUDE = ["1. 今年", "03:12", "5年来"]
