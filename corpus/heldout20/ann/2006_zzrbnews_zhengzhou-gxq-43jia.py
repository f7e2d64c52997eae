# dzb.zzrbnews.com (郑州日报 e-paper), item of page 07; the page-name line `第07版:县区新闻 PDF版阅读` kept (page number
# no figure); the archive's list of dates and counters after the story is cut. Headline stored on one line with a
# space (`高新区新增43家 区级龙头企业`). No printed date: the story announces the `2022年` list (`记者昨日…了解到`)
# → published `2022` (inferred; the year could be early 2023, the page does not say). Dates: `2022年` three times.
# Zone: 郑州高新区 (variants `郑州高新区`, bare `高新区` used for it throughout), primary zone.
# Company: 正星科技股份有限公司 (registered). `千亿级`, `百亿企业` are size classes (no figures). Thresholds with a
# numeral are figures (`5亿元以上` twice, `5%以上`); `近1/5` → 0.2 ratio (approx).
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
ZZ = dict(S="郑州高新区", K="zone")
ARTICLES = [A("高新区新增43家 区级龙头企业", "郑州高新区")]
ZONES = [Z("郑州高新区", ["郑州高新区", "高新区"])]
ENTERPRISES = [E("正星科技股份有限公司")]
FIGURES = [
    F("43家", 43, "家", **ZZ, M="区级龙头企业", P="2022", C=True),
    F("43家", 43, "家", **ZZ, M="龙头企业认定入选企业", P="2022"),
    F("5亿元以上", 500000000, "元", **ZZ, M="制造业龙头企业规模标准(产值)"),
    F("5亿元以上", 500000000, "元", **ZZ, M="制造业龙头企业创新标准(主营业务收入)"),
    F("5%以上", 5, "%", **ZZ, M="制造业龙头企业创新标准(研发投入强度)"),
    F("3项", 3, "项", **ZZ, M="企业培育实施方案"),
    F("19家", 19, "家", **ZZ, M="入选河南省瞪羚企业", P="2022"),
    F("近1/5", 0.2, "", kind="ratio", **ZZ, M="瞪羚企业占全省总量", P="2022"),
    F("13家", 13, "家", **ZZ, M="入选河南省创新龙头企业", P="2022"),
    F("11%", 11, "%", **ZZ, M="创新龙头企业占全省", P="2022"),
    F("18家", 18, "家", **ZZ, M="新增国家级专精特新小巨人企业", P="2022", C=True),
    F("41家", 41, "家", **ZZ, M="国家级专精特新小巨人企业累计", P="2022"),
    F("99家", 99, "家", **ZZ, M="新增省级专精特新企业", P="2022", C=True),
    F("176家", 176, "家", **ZZ, M="省级专精特新企业累计", P="2022"),
]
DATES = [D("2022年", "2022"), D("2022年", "2022"), D("2022年", "2022")]
EXCLUDE = ["第07版"]
