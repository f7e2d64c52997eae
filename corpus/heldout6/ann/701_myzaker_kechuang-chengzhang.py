# myzaker.com repost of 北京商报 (financial news), printed date 2025-10-26 on the byline line.
# Headline printed with spaces and ASCII quotes: kept as printed. Companies named only by short names
# (西安奕材, 禾元生物, 必贝特, 摩尔线程, 昂瑞微, 视涯科技); 西安奕斯伟硅产业基地 is a project. 上交所 (exchange) and
# 北京商报 (media) are not enterprises. `"1+6"`/`"科八条"` are slogans. `12 英寸硅片` is a product spec, not a
# project name: a measure figure (as heldout5's 十二吋). `分别约` puts 约 over every value of the two lists.
# `明日` in the headline is the day after the printed date, but the body gives 10月28日 for the listing.
PUBLISHED = "2025-10-26"
PUBLISHED_INFERRED = False
XA = "西安奕材"
KC = "科创成长层"
ARTICLES = [A('首批 3 股明日上市 科创成长层 " 迎新 "', None)]
ZONES = []
ENTERPRISES = [
    E("西安奕材", kind="short"),
    E("禾元生物", kind="short"),
    E("必贝特", kind="short"),
    E("摩尔线程", kind="short"),
    E("昂瑞微", kind="short"),
    E("视涯科技", kind="short"),
]
FIGURES = [
    F("3 股", 3, "股", kind="count", S=KC, K="other", M="首批上市新股", P="2025-10-28"),
    F("逾 4 个月", 4, "个月", S=KC, K="other", M="设立以来", P=None),
    F("3 家", 3, "家", S=KC, K="other", M="首批上市企业", P="2025-10-28"),
    F("逾 10 家", 10, "家", S=KC, K="other", M="上市进程中高科技企业", P=None),
    F("3 家", 3, "家", S=KC, K="other", M="首批上市新股", P="2025-10-28"),
    F("8.62 元 / 股", 8.62, "元/股", S=XA, K="enterprise", M="发行价格", P=None),
    F("29.06 元 / 股", 29.06, "元/股", S="禾元生物", K="enterprise", M="发行价格", P=None),
    F("17.78 元 / 股", 17.78, "元/股", S="必贝特", K="enterprise", M="发行价格", P=None),
    F("32 家", 32, "家", S="科创板", K="other", M="存量未盈利公司", P="2025-06"),
    F("3 家", 3, "家", S=KC, K="other", M="首批新上市企业", P=None),
    F("12 英寸", 12, "英寸", kind="measure", S=XA, K="enterprise", M="硅片尺寸", P=None),
    F("约 46.36 亿元", 4636000000, "元", S=XA, K="enterprise", M="募集资金总额", P=None),
    F("30 亿元", 3000000000, "元", S="科创板第四套上市标准", K="other", M="预计市值", P=None),
    F("3 亿元", 300000000, "元", S="科创板第四套上市标准", K="other", M="最近一年营业收入", P=None),
    F("约 10.55 亿元", 1055000000, "元", S=XA, K="enterprise", M="营收", P="2022"),
    F("14.74 亿元", 1474000000, "元", approx=True, S=XA, K="enterprise", M="营收", P="2023"),
    F("21.21 亿元", 2121000000, "元", approx=True, S=XA, K="enterprise", M="营收", P="2024"),
    F("13.02 亿元", 1302000000, "元", approx=True, S=XA, K="enterprise", M="营收", P=("2025-01", "2025-06")),
    F("-4.12 亿元", -412000000, "元", approx=True, S=XA, K="enterprise", M="归属净利润", P="2022"),
    F("-5.78 亿元", -578000000, "元", approx=True, S=XA, K="enterprise", M="归属净利润", P="2023"),
    F("-7.38 亿元", -738000000, "元", approx=True, S=XA, K="enterprise", M="归属净利润", P="2024"),
    F("-3.4 亿元", -340000000, "元", approx=True, S=XA, K="enterprise", M="归属净利润", P=("2025-01", "2025-06")),
]
DATES = [
    D("2025-10-26", "2025-10-26"),
    D("10 月 28 日", "2025-10-28", inferred=True),
    D("10 月 28 日", "2025-10-28", inferred=True),
    D("今年 6 月", "2025-06", inferred=True),
    D("2022 — 2024 年", "2022", "2024"),
    D("2025 年上半年", "2025-01", "2025-06"),
]
