# zeguspace.net (股金网, stock-portal content farm, `热点`): a stray `niu` line and crumbs before the headline, printed
# `日期:2022年11月14日 11:32` with source and a view counter `阅读量:7122` (no figure), a `导读:` that repeats the first
# paragraph (its figures count again) and breaks off (`53家挂牌国家高新区业...`, its `53家` still counts). Machine-rewritten
# text with lost stops; the report's author printed garbled as `迪顾问` (赛迪顾问 with 赛 lost): no company entry (a
# garbled name, heldout16 dropped a page for one; here the page has figures and zones). Stored text breaks off in
# the third numbered point: cut after the second.
# Zones: 黄石经济开发区 (…开发区, own form), 绵阳高新区, 兰州高新区, each printed in full (not coordinated); no primary
# zone (a ranking of a hundred parks). `国家高新区`, `国家经开区`, `国家级经济开发区` are class words.
# List names with their year are no dates and their numbers no figures (GUIDE: names; heldout16: `500强` list names):
# `2022园区高质量发展百强`, `2022年百强优质发展园区研究报告` (twice), `2022百强园区`, `2022年百强园区`; `十四五`, `今日`,
# `上一年` no dates. Headline `超千亿` (scale word, no unit → "", approx); thresholds `超过1000亿元`, `超过300家`,
# `超过500亿元`, `超过50%` (approx); `19席` etc. (席 set to count by hand); `四个地区`, `五个基本矛盾` no figures.
# Facts: list statistics with no stated period (null, heldout16); subjects the printed groups (百强园区, 国家高新区,
# 国家级经济开发区, 东部地区) and provinces.
PUBLISHED = "2022-11-14"
PUBLISHED_INFERRED = False
BQ = dict(S="百强园区", K="other")
ARTICLES = [A("2022园区高质量发展百强出炉48个园区GDP超千亿", None)]
ZONES = [Z("黄石经济开发区", ["黄石经济开发区"]), Z("绵阳高新区", ["绵阳高新区"]), Z("兰州高新区", ["兰州高新区"])]
ENTERPRISES = []
ROUND = [
    F("53个", 53, "个", **BQ, M="上榜国家高新区"),
    F("47个", 47, "个", **BQ, M="上榜国家经开区"),
    F("超过1000亿元", 100000000000, "元", **BQ, M="GDP"),
    F("48个", 48, "个", **BQ, M="GDP超过1000亿元的园区"),
    F("超过300家", 300, "家", **BQ, M="高新技术企业"),
    F("65个", 65, "个", **BQ, M="高新技术企业超过300家的园区"),
    F("超过500亿元", 50000000000, "元", **BQ, M="进出口额"),
    F("40个", 40, "个", **BQ, M="进出口额超过500亿元的园区"),
]
FIGURES = ([F("48个", 48, "个", **BQ, M="GDP超千亿园区"), F("超千亿", 100000000000, "", **BQ, M="GDP")]
           + ROUND + [F("53家", 53, "家", S="国家高新区", K="other", M="上榜挂牌国家高新区")] + ROUND + [
    F("53家", 53, "家", S="国家高新区", K="other", M="上榜挂牌国家高新区"),
    F("334773亿元", 33477300000000, "元", S="国家高新区", K="other", M="上榜国家高新区业务收入"),
    F("78%", 78, "%", S="国家高新区", K="other", M="占全部国家高新区企业业务收入"),
    F("47个", 47, "个", S="国家级经济开发区", K="other", M="上榜挂牌国家级经济开发区"),
    F("318亿美元", 31800000000, "美元", S="国家级经济开发区", K="other", M="实际利用外资"),
    F("52%", 52, "%", S="国家级经济开发区", K="other", M="占全部国家级经济开发区实际利用外资总额"),
    F("超过50%", 50, "%", S="东部地区", K="other", M="百强园区占比"),
    F("19席", 19, "席", kind="count", S="江苏省", K="other", M="百强园区席位"),
    F("9席", 9, "席", kind="count", S="浙江省", K="other", M="百强园区席位"),
    F("8席", 8, "席", kind="count", S="广东省", K="other", M="百强园区席位"),
    F("7席", 7, "席", kind="count", S="山东省", K="other", M="百强园区席位"),
    F("7席", 7, "席", kind="count", S="湖北省", K="other", M="百强园区席位"),
])
DATES = [D("2022年11月14日", "2022-11-14")]
EXCLUDE = ["2022园区", "2022年百强", "2022百强", "11:32", "阅读量:7122"]
