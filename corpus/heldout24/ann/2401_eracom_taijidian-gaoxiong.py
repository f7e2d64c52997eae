# eracom.com.tw (Taiwan news/content site, `編輯中心`), Traditional script; whole as returned (menu word `最新消息:`,
# date line with clock and the page counter `點閱:0` kept). Printed `2021-11-10` → published, not inferred.
# `昨(9)日` is a dated mention (the 9th, year and month from the printed date; inferred). `2022年`, `2024年` are dates.
# Bare relative years (`明年動工` in the headline) have no month and no printed number: not counted (set convention, README).
# `7奈米`/`28奈米` are process-node classes naming the fab's technology (as `6英寸晶圓…项目`, `5G`): no figures. The
# clock and the page counter `點閱:0` are site furniture, not quantities of the news (README). Company: 台積電 (short).
# 高雄 is a city, no zone. No figure on the page.
PUBLISHED = "2021-11-10"
PUBLISHED_INFERRED = False
ARTICLES = [A("台積電證實「設廠高雄」明年動工! 民眾直呼:要發大財了", None)]
ZONES = []
ENTERPRISES = [E("台積電", kind="short")]
FIGURES = []
DATES = [D("2021-11-10", "2021-11-10"), D("昨(9)日", "2021-11-09", inferred=True), D("2022年", "2022"), D("2024年", "2024")]
EXCLUDE = ["13:05", "點閱:0", "7奈米", "28奈米"]
