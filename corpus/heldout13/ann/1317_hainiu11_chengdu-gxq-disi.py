# hainiu11.com (a content-farm copy in Traditional script of a 央广网 = 中国广播网, central radio, story), printed
# `2015-01-05 10:37:00` (clock no figure) with its widgets (`說兩句 分享到:`). Whole as returned.
# Zones: 成都高新區 (script kept); 蘇州工業園 ranked with the national zones is 苏州工业园区 (GUIDE's city-rank 工业园区),
# canonical `蘇州工業園區` with the printed short form as variant. `105個國家高新區` is the class (a count, no zone). The
# indicator name `高新區可持續發展能力` is no zone mention. No companies. Ranks (`第四`, `第一`, `第三`, `第六`, `第九`,
# `第四位`) and `連續四年` (a duration in 年), `四個` (small count) are no figures. `2014年預計實現…3300億元` an estimate
# → target. `1月5日` → 2015-01-05 (year inferred); `2012年` (twice), `2014年` dates.
PUBLISHED = "2015-01-05"
PUBLISHED_INFERRED = False
CD = "成都高新區"
ARTICLES = [A("成都高新區綜合實力連續四年名列全國第四", CD)]
ZONES = [Z(CD, [CD]), Z("蘇州工業園區", ["蘇州工業園"])]
ENTERPRISES = []
QG = dict(S="國家高新區", K="other")
FIGURES = [
    F("105個", 105, "個", **QG, M="參評國家高新區", P="2012"),
    F("105個", 105, "個", **QG, M="參評國家高新區", P="2012"),
    F("106個", 106, "個", **QG, M="參評單位", P="2012"),
    F("40個", 40, "個", S="國家高新技術產業開發區評價指標體系", K="other", M="二級指標", P=None),
    F("3300億元", 330000000000, "元", S=CD, K="zone", M="高新技術產業產值", P="2014", T=True),
]
DATES = [
    D("2015-01-05", "2015-01-05"),
    D("1月5日", "2015-01-05", inferred=True),
    D("2012年", "2012"),
    D("2012年", "2012"),
    D("2014年", "2014"),
]
EXCLUDE = ["10:37:00"]
