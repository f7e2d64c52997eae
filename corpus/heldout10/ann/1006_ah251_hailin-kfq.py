# ah251.com (copy of a 海林 government office bulletin: `作者:政府办 来源: 政府办`), printed `更新时间:2018-06-08`.
# Whole as returned. `【第33期】` is the bulletin's issue number (ordinal, furniture), dropped from the title.
# Zone 海林开发区 (GUIDE's `…开发区`), named in full. Companies heading park projects are short entries
# (恒源食品, 保和堂, 宝森国际); the 产业园 themselves are projects. No unit after `亿` → "" (heldout7 `876亿`), kind
# money by hand. `1—10亿` is one ranged figure (1e8..1e9, unit ""); `亿元以下` has no numeral (no figure). `9月份` →
# 2018-09 (year inferred), a target. Counts are the zone's 2018 plan figures (period 2018).
PUBLISHED = "2018-06-08"
PUBLISHED_INFERRED = False
Y = 100000000
HL = "海林开发区"
ZK = dict(S=HL, K="zone")
ARTICLES = [A("海林开发区项目建设进展顺利", HL)]
ZONES = [Z(HL, [HL])]
ENTERPRISES = [E("恒源食品", kind="short"), E("保和堂", kind="short"), E("宝森国际", kind="short")]
FIGURES = [
    F("30个", 30, "个", **ZK, M="开复工项目", P="2018"),
    F("80亿", 80*Y, "", kind="money", **ZK, M="总投资", P="2018", T=True),
    F("50亿", 50*Y, "", kind="money", **ZK, M="年度投资", P="2018"),
    F("11个", 11, "个", **ZK, M="新建项目", P="2018"),
    F("19个", 19, "个", **ZK, M="续建项目", P="2018"),
    F("77%", 77, "%", **ZK, M="产业项目占比", P="2018"),
    F("10亿", 10*Y, "", kind="money", **ZK, M="投资门槛", P=None),
    F("2个", 2, "个", **ZK, M="投资10亿以上项目", P="2018"),
    F("1—10亿", 1*Y, "", vmax=10*Y, kind="money", **ZK, M="投资区间", P=None),
    F("12个", 12, "个", **ZK, M="投资1—10亿项目", P="2018"),
    F("16个", 16, "个", **ZK, M="亿元以下项目", P="2018"),
    F("2亿", 2*Y, "", kind="money", S="恒源食品", K="enterprise", M="投资", P=None),
    F("15亿元", 15*Y, "元", S="保和堂", K="enterprise", M="投资", P=None),
    F("20亿元", 20*Y, "元", S="宝森国际", K="enterprise", M="投资", P=None),
]
DATES = [D("2018-06-08", "2018-06-08"), D("2018年", "2018"), D("9月份", "2018-09", inferred=True)]
EXCLUDE = ["【第33期】"]
