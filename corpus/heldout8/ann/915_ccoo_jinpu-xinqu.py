# dalian.ccoo.cn (大连 city community forum, `大连在线官方发布` post): forum furniture kept as stored — `阅读:56156`,
# `回复:0` counters, `发表于:2023/6/29 14:13:51` (the post's printed date; clock no figure), the numbered thread
# menu `1. 楼主 2. 倒序看帖 3. 只看该作者` (list numbering), login prompts and `登录查看大图` image stubs. Whole as
# returned. Title = the post subject without the forum label `主题:`. Zone 金普新区 (`…新区`); bare `新区`
# (`新区经济发展情况`) as variant; `全国一流新区` is generic. `第二季度…集中签约`: a ceremony's quarter is a date
# (2023-04..06, year-inferred) in the title and as `今年第二季度` in the body. Counts of the signing take its day.
PUBLISHED = "2023-06-29"
PUBLISHED_INFERRED = False
JP = "金普新区"
Zd = dict(S=JP, K="zone")
D28 = "2023-06-28"
Q2 = ("2023-04", "2023-06")
ARTICLES = [A("金普新区第二季度部分招商项目集中签约总投资184.31亿元", JP)]
ZONES = [Z(JP, [JP, "新区"])]
ENTERPRISES = []
FIGURES = [
    F("184.31亿元", 18431000000, "元", **Zd, M="签约项目总投资", P=D28),
    F("35个", 35, "个", **Zd, M="签约项目", P=D28),
    F("35个", 35, "个", **Zd, M="集中签约项目", P=D28),
    F("184.31亿元", 18431000000, "元", **Zd, M="签约项目总投资", P=D28),
    F("10个", 10, "个", **Zd, M="签约项目涵盖产业领域", P=D28),
    F("35个", 35, "个", **Zd, M="集中签约项目", P=D28),
]
DATES = [
    D("第二季度", Q2[0], Q2[1], inferred=True),
    D("2023/6/29", "2023-06-29"),
    D("6月28日", D28, inferred=True),
    D("今年第二季度", Q2[0], Q2[1], inferred=True),
]
EXCLUDE = ["阅读:56156", "回复:0", "14:13:51", "1. 楼主", "2. 倒序看帖", "3. 只看该作者"]
