# ht.luaninfo.com (六安 city news site) public notice of the city investment centre: numbered sections, county
# tallies and the signature kept; the `扫一扫` widget cut. No printed date; the title's `2022年1-9月份` dates it:
# published `2022` inferred; each `1-9月份` → 2022-01..09 (year inferred). `市开发区` is the city's development zone
# never named with its place as a zone (heldout10's 1019: no zone), kept as an `other` subject like the counties.
# Thresholds with a numeral are figures (`5亿元及以上`, `10亿元及以上`, heldout10), `亿元以上` without one is not.
# `批次` counted by hand as a count. Every tally is a Jan–Sep level.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
P9 = ("2022-01", "2022-09")
def c(text, value, who, metric, unit="个"):
    return F(text, value, unit, kind="count", S=who, K="other", M=metric, P=P9)
def r(text, value, who):
    return F(text, value, "%", S=who, K="other", M="亿元以上新签约项目开工率", P=P9)
ARTICLES = [A("2022年1-9月份全市招商引资工作成效", None)]
ZONES = []
ENTERPRISES = []
M1, M2, M3, M4, M5 = ("固投亿元以上新签约项目", "固投5亿元及以上新签约项目", "固投10亿元及以上新签约项目",
                      "固投亿元以上新签约开工项目", "外出招商批次")
FIGURES = [c("344个", 344, "六安市", M1)]
FIGURES += [c(t, int(t[:-1]), w, M1) for t, w in [("52个", "霍邱县"), ("52个", "舒城县"), ("47个", "金寨县"),
            ("46个", "金安区"), ("45个", "霍山县"), ("44个", "裕安区"), ("39个", "市开发区"), ("19个", "叶集区")]]
FIGURES += [F("5亿元及以上", 500000000, "元", M="固投门槛"), F("5亿元及以上", 500000000, "元", M="固投门槛"),
            c("88个", 88, "六安市", M2)]
FIGURES += [c(t, int(t[:-1]), w, M2) for t, w in [("14个", "舒城县"), ("14个", "市开发区"), ("13个", "霍山县"),
            ("11个", "霍邱县"), ("11个", "金安区"), ("10个", "金寨县"), ("10个", "裕安区"), ("5个", "叶集区")]]
FIGURES += [F("10亿元及以上", 1000000000, "元", M="固投门槛"), F("10亿元及以上", 1000000000, "元", M="固投门槛"),
            c("36个", 36, "六安市", M3)]
FIGURES += [c(t, int(t[:-1]), w, M3) for t, w in [("6个", "金安区"), ("6个", "市开发区"), ("5个", "舒城县"),
            ("4个", "霍邱县"), ("4个", "金寨县"), ("4个", "霍山县"), ("4个", "叶集区"), ("3个", "裕安区")]]
FIGURES += [c("285个", 285, "六安市", M4)]
FIGURES += [c(t, int(t[:-1]), w, M4) for t, w in [("45个", "霍邱县"), ("43个", "金安区"), ("39个", "舒城县"),
            ("37个", "裕安区"), ("36个", "金寨县"), ("34个", "霍山县"), ("34个", "市开发区"), ("17个", "叶集区")]]
FIGURES += [r(t, float(t[:-1]), w) for t, w in [("93.5%", "金安区"), ("89.5%", "叶集区"), ("87.2%", "市开发区"),
            ("86.5%", "霍邱县"), ("84.1%", "裕安区"), ("76.6%", "金寨县"), ("75.6%", "霍山县"), ("75%", "舒城县")]]
FIGURES += [c("161批次", 161, "六安市", M5, "批次")]
FIGURES += [c(t, int(t[:-2]), w, M5, "批次") for t, w in [("28批次", "金安区"), ("24批次", "舒城县"),
            ("23批次", "叶集区"), ("23批次", "市开发区"), ("19批次", "金寨县"), ("17批次", "霍山县"),
            ("14批次", "霍邱县"), ("13批次", "裕安区")]]
DATES = [D("2022年1-9月份", P9[0], P9[1])] + [D("1-9月份", P9[0], P9[1], inferred=True) for _ in range(6)]
EXCLUDE = []
