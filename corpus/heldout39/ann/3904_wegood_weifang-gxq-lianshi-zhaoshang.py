# wegood.wang (site copying the zone's media account `潍坊高新融媒`); the account's follow/scan lines, the source/date
# line and three image-hash strings left between paragraphs (`6ebecf7f…`, no figures) kept. The stored text broke off
# in the 南通大地电气 paragraph; cut after the last complete paragraph (that company falls in the cut tail).
# Zone: 潍坊高新区 with the bare `高新区` of the body (primary); `潍坊高新` in the account name is no zone mention.
# Companies: 潍坊思博精工科技有限公司 (registered; `思博精工` its short form); 潍柴 with `潍柴集团` (the group name used
# for the same customer → variant, heldout16); 福田, 雷沃 (short, customers). Figures: the development cycle
# `120天` → `60天` (durations; the second a level, no change flag), `去年` revenue → 2024, `年初` orders → 2025.
PUBLISHED = "2025-03-27"
PUBLISHED_INFERRED = False
WG = "潍坊高新区"
SB = "潍坊思博精工科技有限公司"
CO = dict(S=SB, K="enterprise")
ARTICLES = [A("潍坊高新区:“链式思维”招商 推动产业集群化发展", WG)]
ZONES = [Z(WG, [WG, "高新区"])]
ENTERPRISES = [E(SB, ["思博精工"]), E("潍柴", ["潍柴集团"], kind="short"), E("福田", kind="short"),
               E("雷沃", kind="short")]
FIGURES = [
    F("120天", 120, "天", **CO, M="产品研发制造周期(原来)"),
    F("60天", 60, "天", **CO, M="产品研发制造周期"),
    F("4.6亿元", 460000000, "元", **CO, M="营收", P="2024"),
    F("1.2亿元", 120000000, "元", **CO, M="订单", P="2025"),
]
DATES = [D("2025年03月27日", "2025-03-27")]
EXCLUDE = ["6ebecf7fadbc36842506db69edf3c3e", "fd8d288c67e04a36e77864f7688c551", "101e27f2a6e54336b4df77ae1a243d2"]
