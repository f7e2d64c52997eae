# eracom.com.tw (Taiwan news portal 年代/EraNews), `最新消息:` furniture, printed `2021-11-10 13:05` (clock and view
# counter `點閱:0` no figures). Whole as returned. `昨(9)日` → 2021-11-09 (year and month inferred); `2022年`,
# `2024年` target years are dates; bare `明年` is not.
# No zone. 台積電 (short). `7奈米及28奈米製程`: process-node classes (like GUIDE's `6英寸晶圆…`), no figures.
# The page has no figure.
PUBLISHED = "2021-11-10"
PUBLISHED_INFERRED = False
ARTICLES = [A("台積電證實「設廠高雄」明年動工! 民眾直呼:要發大財了", None)]
ZONES = []
ENTERPRISES = [E("台積電", kind="short")]
FIGURES = []
DATES = [D("2021-11-10", "2021-11-10"), D("昨(9)日", "2021-11-09", inferred=True), D("2022年", "2022"),
         D("2024年", "2024")]
EXCLUDE = ["13:05", "點閱:0", "7奈米及28奈米"]
