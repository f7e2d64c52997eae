# my.gov.cn (绵阳市人民政府 portal), a 市财政局 work-news item: the information-disclosure header (`索引号:
# 008410362/201912-00007`, an index code, excluded), `发文日期: 2019-12-17` and the date line `2019-12-17 09:11` (two
# printed dates; clock no figure) kept; the `浏览次数/扫描二维码/正在阅读` footer cut. Figures printed with a space
# before the scale word (`100 亿元`, `7.5 亿元以上`) are kept as stored.
# No zone: `中国(绵阳)科技城临港经济发展区` is no GUIDE zone form (…经济发展区), `…光电产业园` a park.
# Company: 绵阳惠科光电科技有限公司 (registered). `“5+1”` is a slogan (no figure); `年产50万件…生产线项目` is a project
# name with its capacity (GUIDE: numbers inside names), excluded. `总投资` of a named project is a level (no 预计);
# `预计建成后…`/`可实现…` results are targets. Funds obtained (`争取到…建设资金`) have no stated period (null).
PUBLISHED = "2019-12-17"
PUBLISHED_INFERRED = False
HK = "绵阳惠科光电科技有限公司"
GD = dict(S="中国(绵阳)科技城光电产业园", K="other")
EK = dict(S=HK, K="enterprise")
ARTICLES = [A("市财政局精准发力支持高新技术产业发展", None)]
ZONES = []
ENTERPRISES = [E(HK)]
FIGURES = [
    F("1300万元", 13000000, "元", **GD, M="建设资金"),
    F("45亿元", 4500000000, "元", **GD, M="总投资"),
    F("10余家", 10, "家", **GD, M="入驻企业", T=True),
    F("100 亿元", 10000000000, "元", **GD, M="营业收入", T=True),
    F("9亿元", 900000000, "元", **GD, M="利润", T=True),
    F("5000余人", 5000, "人", **GD, M="新增就业", T=True),
    F("1000万元", 10000000, "元", **EK, M="项目建设资金"),
    F("10.5亿元", 1050000000, "元", **EK, M="项目总投资"),
    F("7.5 亿元以上", 750000000, "元", **EK, M="年产值", T=True),
    F("1.05亿元以上", 105000000, "元", **EK, M="年利税", T=True),
    F("500人以上", 500, "人", **EK, M="带动就业", T=True),
]
DATES = [D("2019-12-17", "2019-12-17"), D("2019-12-17", "2019-12-17")]
EXCLUDE = ["008410362/201912-00007", "09:11", "“5+1”", "50万件"]
