# td.fyun.cc (aggregator), copy of a 新华日报 feature, from the top: menu bullets (`• 我的订阅`, `• 财经`), the headline,
# a meta line `发布时间:2023-10-18 05:35:00` (clock no figure), `本文转自:新华日报`, the kicker `吴中经济技术开发区` (no
# part of the title, heldout10), and the headline stored four more times (image alt lines): one title. Section head
# `崛起现代产业新高地` is no title. Whole as returned (ends on a complete paragraph).
# Zone 吴中经济技术开发区 with `苏州吴中经济技术开发区`, `吴中经开区` and its former name `吴县经济开发区` as variants
# (heldout8 keeps a zone's printed forms). `国家级经济技术开发区`/`国家级经开区`/`省级经济开发区` are classes;
# 吴中综合保税区 and the 产业园 are no GUIDE zones. Companies: 康宁连续制药科技(苏州)有限公司 (registered), 环球数码
# (short, heading `环球数码华东总部…项目`). 哈工大苏州研究院 is a research institute, 商务部/国务院 government.
# `2022年` names an evaluation round (heldout8/9/10: no date); `第25位` rank; `三十年` duration. `9月22日`, `9月19日`,
# `9月16日` → 2023 (inferred).
PUBLISHED = "2023-10-18"
PUBLISHED_INFERRED = False
WZ = "吴中经济技术开发区"
ARTICLES = [A("新起点上书写高质量发展新传奇", WZ)]
ZONES = [Z(WZ, [WZ, "苏州吴中经济技术开发区", "吴中经开区", "吴县经济开发区"])]
ENTERPRISES = [
    E("康宁连续制药科技(苏州)有限公司"),
    E("环球数码", kind="short"),
]
FIGURES = [
    F("11家", 11, "家", S="江苏", K="other", M="首批省级经济开发区", P="1993"),
]
DATES = [
    D("2023-10-18", "2023-10-18"),
    D("1993年", "1993"),
    D("2012年12月", "2012-12"),
    D("9月22日", "2023-09-22", inferred=True),
    D("9月19日", "2023-09-19", inferred=True),
    D("9月16日", "2023-09-16", inferred=True),
]
EXCLUDE = ["05:35:00", "2022年", "第25位"]
