# sh.cnsyf.com (local portal `财经` page reposting a 中国网 (national media) TV item), crumbs, source with printed
# `2023-06-28 09:15:00` (clock no figure) and two view counters `阅读量:5529`/`阅读量:7434` (no figures). The
# returned text runs on into `焦点` teasers: cut after the portal's disclaimer paragraph.
# No zone: `国家级经开区`/`经开区` is the class (heldout10's 1013). No companies (`跨国公司`, `世界500强企业` generic;
# `500强` a class name, no figure). `首批14家` a count; `31个省` and `10部门` counts. `1984年` a date; `今年`, `去年`
# bare no dates (the `超过20%` share is last year's: period 2022). `截至目前` → 2023-06.
PUBLISHED = "2023-06-28"
PUBLISHED_INFERRED = False
JK = dict(S="国家级经开区", K="other")
NOW = "2023-06"
ARTICLES = [A("3万多家外商投资企业落户国家级经开区中国“磁吸力”持续增强", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("3万多家", 30000, "家", **JK, M="外商投资企业", P=NOW),
    F("超过400万家", 4000000, "家", **JK, M="集聚企业", P=NOW),
    F("3万多家", 30000, "家", **JK, M="外商投资企业", P=NOW),
    F("超过300家", 300, "家", **JK, M="世界500强企业设立的总部、研发中心", P=NOW),
    F("14家", 14, "家", **JK, M="首批国家级经开区", P="1984"),
    F("超过20%", 20, "%", **JK, M="实际使用外资和进出口额占全国比重", P="2022"),
    F("230家", 230, "家", **JK, M="国家级经开区数量", P=NOW),
    F("112家", 112, "家", S="东部地区", K="other", M="国家级经开区", P=NOW),
    F("68家", 68, "家", S="中部地区", K="other", M="国家级经开区", P=NOW),
    F("50家", 50, "家", S="西部地区", K="other", M="国家级经开区", P=NOW),
    F("31个", 31, "个", **JK, M="覆盖省份", P=NOW),
    F("10部门", 10, "部门", kind="count", S="商务部", K="other", M="联合发文部门", P=None),
]
DATES = [
    D("2023-06-28", "2023-06-28"),
    D("1984年", "1984"),
]
EXCLUDE = ["09:15:00", "阅读量:5529", "阅读量:7434", "500强"]
