# rail.ally.net.cn (rail-industry portal) copy of a 上海证券报 item; whole as returned. The stored headline lacks its
# first character (`国中铁中标…`, for 中国中铁): the title is taken as stored; `国中铁` is not entered as a company form.
# The date/source line prints `2008-07-22` → published. The `本文摘要:` digest repeats the lead, and the lead is
# stored twice (once cut after `此次` by a line break) → its figures and dates count at each occurrence.
# Companies: 中国中铁 (listed, short; stock code `601390.SH` a code), 中铁电气化局集团有限公司 and 中铁一局集团有限公司
# (registered subsidiaries). 上海证券报 is media. Lot codes `JS-1`/`JS-2` are codes. `07年` (two-digit year) → 2007,
# printed. `日历天` (calendar days) set to duration by hand.
PUBLISHED = "2008-07-22"
PUBLISHED_INFERRED = False
ZT = dict(S="中国中铁", K="enterprise")
DQ = "中铁电气化局集团有限公司"
YJ = "中铁一局集团有限公司"
P = "2008-07-22"
ARTICLES = [A("国中铁中标105.83亿元铁路工程", None)]
ZONES = []
ENTERPRISES = [E("中国中铁", kind="short"), E(DQ), E(YJ)]
FIGURES = [
    F("105.83亿元", 10583000000, "元", **ZT, M="中标铁路工程", P=P),
    F("人民币约105.83亿元", 10583000000, "元", **ZT, M="中标价合计", P=P),
    F("5.90%", 5.9, "%", **ZT, M="中标价占主营业务收入", P="2007"),
    F("人民币约105.83亿元", 10583000000, "元", **ZT, M="中标价合计", P=P),
    F("5.90%", 5.9, "%", **ZT, M="中标价占主营业务收入", P="2007"),
    F("人民币48.91亿元", 4891000000, "元", S=DQ, K="enterprise", M="JS-1标段中标价", P=P),
    F("1125日历天", 1125, "日历天", kind="duration", S=DQ, K="enterprise", M="工期"),
    F("人民币56.92亿元", 5692000000, "元", S=YJ, K="enterprise", M="JS-2标段中标价", P=P),
    F("1003日历天", 1003, "日历天", kind="duration", S=YJ, K="enterprise", M="工期"),
]
DATES = [D("2008-07-22", P), D("07年", "2007"), D("07年", "2007")]
EXCLUDE = ["601390.SH", "JS-1", "JS-2"]
