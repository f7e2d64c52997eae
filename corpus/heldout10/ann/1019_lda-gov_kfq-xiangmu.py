# lda.gov.cn (a city government open-information page: index line, dates, `累计次数:` empty counter, font widget),
# printed `2022-10-31` three times (成文日期, 发布日期, 发布时间 with clock `14:40`, no figure); each printed date is a
# date (heldout8/9). The headline is stored twice (`名称:` field and heading): one title. Whole as returned.
# `市开发区` is never named → no zone, null subjects (heldout8). No company. `每两周`, `每个季度` no figures.
# `目前` → the publication month for the project counts (heldout8/9).
PUBLISHED = "2022-10-31"
PUBLISHED_INFERRED = False
ARTICLES = [A("市开发区重抓项目建设", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("60个", 60, "个", M="市级重点产业项目", P="2022"),
    F("395.4亿元", 39540000000, "元", M="总投资", P="2022"),
    F("22个", 22, "个", M="续建项目", P="2022-10"),
    F("38个", 38, "个", M="新建项目", P="2022-10"),
    F("89.8亿元", 8980000000, "元", M="完成投资", P="2022-10"),
]
DATES = [D("2022-10-31", "2022-10-31")] * 3 + [D("2022年", "2022")]
EXCLUDE = ["675490773/2022-00337", "14:40"]
