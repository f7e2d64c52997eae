# www.gytoday.cn (今日高邮, county-level city media centre), menu lines, news-tip phone (`0514-84683100`, excluded),
# printed `2023-11-22 18:56:23` (clock excluded). Cut after the last complete paragraph (the third broke off).
# Zone 高邮经济开发区 (a provincial 开发区, GUIDE's `…开发区`; bare `开发区` in the headline and text a variant).
# `30年`, `三十年`, `三十周年`, `第一个十年` are durations/anniversaries in 年, no figures (GUIDE). `百倍有余` is a
# Chinese numeral with a scale word (GUIDE `百余名 → 100`) → 100 倍, approx. `如今` → the publication month (as
# `目前`, heldout10). `2023年有望突破600亿元` and the share in the same clause are targets.
PUBLISHED = "2023-11-22"
PUBLISHED_INFERRED = False
GY = "高邮经济开发区"
ZK = dict(S=GY, K="zone")
NOW = "2023-11"
ARTICLES = [A("开发区:“数”写30年发展辉煌篇章", GY)]
ZONES = [Z(GY, [GY, "开发区"])]
ENTERPRISES = []
FIGURES = [
    F("2亿元左右", 200000000, "元", **ZK, M="地区生产总值", P="2003"),
    F("77.6亿元", 7760000000, "元", **ZK, M="地区生产总值", P="2013"),
    F("225亿元", 22500000000, "元", **ZK, M="地区生产总值", P=NOW),
    F("百倍有余", 100, "倍", **ZK, M="地区生产总值", P=NOW, C=True),
    F("600亿元", 60000000000, "元", **ZK, M="工业开票销售", P="2023", T=True),
    F("44.2%", 44.2, "%", **ZK, M="工业开票销售占全市比重", P="2023", T=True),
    F("2635.9万元", 26359000, "元", **ZK, M="税收收入", P="2003"),
    F("7.08亿元", 708000000, "元", **ZK, M="税收收入", P="2013"),
    F("17亿元", 1700000000, "元", **ZK, M="税收收入", P=NOW),
]
DATES = [
    D("2023-11-22", "2023-11-22"),
    D("今年11月", "2023-11", inferred=True),
    D("1993年11月", "1993-11"),
    D("2003年", "2003"),
    D("2013年", "2013"),
    D("2023年", "2023"),
    D("2003年", "2003"),
    D("2013年", "2013"),
]
EXCLUDE = ["0514-84683100", "18:56:23", "30年"]
