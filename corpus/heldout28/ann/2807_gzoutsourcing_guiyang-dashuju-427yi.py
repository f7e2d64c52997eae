# ccm.gzoutsourcing.cn (贵州服务外包 site) copy of a local paper item (`本报讯`, 贵阳); printed `时间:2015-07-23`; whole.
# Dates: `7月21日至22日` (span, inferred), `2015年上半年` twice, `今年1至5月` (span), bare `上半年` (headline and body:
# 2015-01..2015-06, inferred) and bare `去年` (2014, inferred) — calendar times with a year from the page.
# `我市` = 贵阳 (subject as printed). Companies: two registered names; 惠普 heading `惠普·贵州国际金贸云基地` (short,
# heldout10), 京东, 富士康, 中兴 (short). Not entered: 贵阳大数据交易所 (an exchange named as a venue, not as a company),
# the 基地 and 古镇 projects. No zone. `预计` figures are targets.
PUBLISHED = "2015-07-23"
PUBLISHED_INFERRED = False
GY = dict(S="贵阳", K="other")
H1 = ("2015-01", "2015-06")
ARTICLES = [A("全市大数据产业规模 上半年预计完成427亿元", None)]
ZONES = []
ENTERPRISES = [E("食品安全与营养(贵州)信息科技有限公司"), E("贵州泛亚信通网络科技有限公司"),
               E("惠普", kind="short"), E("京东", kind="short"), E("富士康", kind="short"), E("中兴", kind="short")]
FIGURES = [
    F("427亿元", 42700000000, "元", **GY, M="大数据产业规模", P=H1, T=True),
    F("363.56亿元", 36356000000, "元", **GY, M="大数据产业规模总量", P=("2015-01", "2015-05")),
    F("427.25亿元", 42725000000, "元", **GY, M="大数据产业规模", P=H1, T=True),
    F("138个", 138, "个", **GY, M="签约大数据及关联项目", P="2014"),
    F("1326亿元", 132600000000, "元", **GY, M="签约金额", P="2014"),
]
DATES = [D("上半年", "2015-01", "2015-06", inferred=True), D("2015-07-23", "2015-07-23"),
         D("7月21日至22日", "2015-07-21", "2015-07-22", inferred=True),
         D("2015年上半年", "2015-01", "2015-06"), D("2015年上半年", "2015-01", "2015-06"),
         D("今年1至5月", "2015-01", "2015-05", inferred=True), D("上半年", "2015-01", "2015-06", inferred=True),
         D("去年", "2014", inferred=True)]
EXCLUDE = []
