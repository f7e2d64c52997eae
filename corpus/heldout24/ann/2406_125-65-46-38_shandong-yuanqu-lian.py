# 125.65.46.38 (bare-IP mirror of 宣讲家) repost of a 中新网 (national media, wire) story; the repost's source line and
# printed `2024-07-09 18:31:47` kept (published as printed though the story is older, heldout16's 1609; clock no figure).
# The stored text breaks off in the 鲍沟镇玻璃产业园 paragraph: cut after the 鲍沟镇玻璃产业 paragraph.
# Dateline `4月23日` → 2024-04-23 (year from the printed date; inferred). `2023年` a date. `上世纪80年代` is a calendar
# time (a decade) written with digits: date 1980–1989 (README). Zone: 德州高新区 (the 链主 partner; primary zone none —
# the story is about 禹城/滕州 towns' parks). 房寺镇产业园, 鲍沟镇玻璃产业园 are parks, no zones.
# Companies: 红枫动力 (short; `红枫动力厂`, `该企业`), 金晶玻璃集团 (group). `28道工序` a count of steps (unit 道).
# Counts `目前` → the dateline day; `全部投产后产值将超1亿元` a target with no period.
PUBLISHED = "2024-07-09"
PUBLISHED_INFERRED = False
D23 = "2024-04-23"
HF = dict(S="红枫动力", K="enterprise")
YC = dict(S="禹城市", K="other")
ARTICLES = [A("山东以园区促产业协同互动 “链”出发展新活力", None)]
ZONES = [Z("德州高新区", ["德州高新区"])]
ENTERPRISES = [E("红枫动力", kind="short"), E("金晶玻璃集团", kind="group")]
FIGURES = [
    F("3条", 3, "条", **HF, M="全新生产线", P=D23),
    F("超1亿元", 100000000, "元", **HF, M="全部投产后产值", T=True),
    F("10个", 10, "个", **YC, M="乡镇产业园", P=D23),
    F("20余家", 20, "家", S="房寺镇", K="other", M="入驻风电上下游企业", P=D23),
    F("10个", 10, "个", **YC, M="乡镇产业园", P=D23),
    F("511家", 511, "家", **YC, M="乡镇产业园入驻企业", P=D23),
    F("67家", 67, "家", **YC, M="规上企业", P=D23),
    F("11家", 11, "家", **YC, M="专精特新企业", P=D23),
    F("21家", 21, "家", **YC, M="高新技术企业", P=D23),
    F("164.44%", 164.44, "%", **YC, M="税收同比增长", P="2023", C=True),
    F("28道", 28, "道", kind="count", S="金晶玻璃集团", K="enterprise", M="工序"),
    F("147家", 147, "家", S="鲍沟镇", K="other", M="玻璃企业", P=D23),
    F("3.2亿平方米", 320000000, "平方米", S="鲍沟镇", K="other", M="年产各类玻璃"),
]
DATES = [D("2024-07-09", "2024-07-09"), D("4月23日", D23, inferred=True), D("2023年", "2023"),
         D("上世纪80年代", "1980", "1989")]
EXCLUDE = ["18:31:47"]
