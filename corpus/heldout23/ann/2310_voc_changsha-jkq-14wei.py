# hnrb.voc.com.cn (湖南日报 digital edition, page 7): 长沙经开区 in the 2021 national evaluation. Page navigation
# (`第07版`, `上一版3  4下一版`, `第01版`…, `3 上一篇  下一篇 4`: ordinals and navigation numbers, no figures), the printed
# `2022年01月28日 星期五` kept; the repeated navigation and copyright footer after the last paragraph cut.
# Title: the main headline; the deck `年产值过100亿元企业达6家,…` below it is no part of it (its figures count).
# Zone: 长沙经开区 (primary); `国家级经济技术开发区`/`国家级经开区` are generic. Companies: 三一集团 (group), 山河智能,
# 中联工起, 铁建重工, 五新隧装 (short). Not enterprises: 湖南日报, 商务部.
# Dates: printed 2022-01-28 (not inferred); `1月27日` (year inferred); `2021年,` (date); the evaluation round's
# `2021年国家级经济技术开发区综合发展水平考核评价` is no date (heldout16). `今天`, bare `今年`/`去年` not annotated.
# Figures: ranks and rank moves (`第14位` twice, `前进3位`, `前30强`) are no figures; thresholds `过100亿元` (three
# times) and `过5亿元` are figures (no approx: 过 is no GUIDE marker); `超14.3%` and `25%以上` approx.
PUBLISHED = "2022-01-28"
PUBLISHED_INFERRED = False
CS = "长沙经开区"
C21 = dict(S=CS, K="zone", P="2021")
ARTICLES = [A("长沙经开区综合发展水平居全国第14位", CS)]
ZONES = [Z(CS, [CS])]
ENTERPRISES = [E("三一集团", kind="group")] + [E(n, kind="short") for n in ["山河智能", "中联工起", "铁建重工", "五新隧装"]]
FIGURES = [
    F("100亿元", 10000000000, "元", **C21, M="年产值企业门槛"),
    F("6家", 6, "家", **C21, M="年产值过100亿元企业"),
    F("217家", 217, "家", S="全国", K="other", P="2021", M="国家级经开区"),
    F("超14.3%", 14.3, "%", **C21, M="规模工业总产值增长", C=True),
    F("25%以上", 25, "%", **C21, M="产业投资增长", C=True),
    F("100亿元", 10000000000, "元", **C21, M="新增企业产值门槛"),
    F("2家", 2, "家", **C21, M="新增产值过100亿元企业", C=True),
    F("100亿元", 10000000000, "元", **C21, M="年产值企业门槛"),
    F("6家", 6, "家", **C21, M="年产值过100亿元企业"),
    F("32家", 32, "家", **C21, M="完成工业入规企业"),
    F("5亿元", 500000000, "元", **C21, M="入规企业产值门槛"),
    F("2家", 2, "家", **C21, M="产值过5亿元入规企业"),
    F("31家", 31, "家", **C21, M="完成企业智能化技术改造"),
    F("16家", 16, "家", **C21, M="新增省级智能制造系统解决方案供应商"),
    F("61%", 61, "%", **C21, M="新增供应商占长沙市"),
    F("24%", 24, "%", **C21, M="新增供应商占全省"),
]
DATES = [D("2022年01月28日", "2022-01-28"), D("1月27日", "2022-01-27", inferred=True), D("2021年", "2021")]
EXCLUDE = ["第07版", "上一版3  4下一版", "第01版", "第02版", "第03版", "3 上一篇  下一篇 4", "第14位", "前进3位", "前30强",
           "2021年国家级经济技术开发区综合发展水平考核评价"]
