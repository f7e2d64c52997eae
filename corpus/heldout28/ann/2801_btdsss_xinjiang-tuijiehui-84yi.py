# btdsss.gov.cn (a government site) copy of a 新疆日报 item; the `来源/点击量/发布` line and `分享到` kept; the stored
# text breaks off in the 祝贺香 paragraph: cut after the 邵刚 one. Printed `发布:2024-04-16` (published, not inferred).
# Dates: `12日` (a bare day of the month: 2024-04-12, year and month from the publication line; inferred) and the
# ceremony's year `2024年` before the fair's quoted name (heldout16: a ceremony's year is a date). `第八届` ordinal.
# `点击量:11` is a counter (furniture). `今后3—5年` and `30余年` are durations counted in 年 (no figure).
# Companies: 上海宜新实业集团有限公司 (registered; `该企业`, `该公司`), 龙口市南村果园果业有限公司 (registered).
# No zone (中国(新疆)自由贸易试验区 is no GUIDE zone kind; 沙依巴克区 a district). Signing amounts are levels of the
# signing day (not targets); the fair's totals have the fair as subject.
PUBLISHED = "2024-04-16"
PUBLISHED_INFERRED = False
D12 = "2024-04-12"
FAIR = dict(S="新疆产业合作招商推介会", K="other", P=D12)
YX = "上海宜新实业集团有限公司"
ARTICLES = [A("新疆产业合作招商推介会签约84.29亿元", None)]
ZONES = []
ENTERPRISES = [E(YX), E("龙口市南村果园果业有限公司")]
FIGURES = [
    F("84.29亿元", 8429000000, "元", **FAIR, M="签约金额"),
    F("20个", 20, "个", **FAIR, M="现场签约项目"),
    F("84.29亿元", 8429000000, "元", **FAIR, M="签约金额"),
    F("100余家", 100, "家", **FAIR, M="参会国内企业"),
    F("6个", 6, "个", **FAIR, M="现场推介地州市"),
    F("5亿元", 500000000, "元", S=YX, K="enterprise", M="签订项目", P=D12),
]
DATES = [D("2024-04-16", "2024-04-16"), D("12日", D12, inferred=True), D("2024年", "2024")]
EXCLUDE = ["点击量:11", "3—5年", "30余年"]
