# ibrahimozcan.com (content farm carrying 福州新闻网 pages) copy of a 福建日报 photo story. Crumbs, the printed date line
# `2022-04-25 13:32:23来源:福建日报` (clock no figure) and the headline stored twice (one title; each occurrence's
# figure and date counts) kept; the `责任编辑` line and the `相关新闻` widget cut.
# Company: 福鼎时代 heads the project name `福鼎时代锂离子电池生产基地` (heldout10: companies heading projects → short).
# No zone (`宁德大湾区沙埕湾生态产业园区` is a park). `3号厂房` is a building number (excluded); `第一` a rank.
# Dates: `1—3月` at each of its three mentions → 2022-01..2022-03; `24日` → 2022-04-24 (the day before the date line);
# `7月` → 2022-07 (all year-inferred). Subject 福鼎 (the county-level city) for the investment growth.
PUBLISHED = "2022-04-25"
PUBLISHED_INFERRED = False
Q1 = ("2022-01", "2022-03")
FD = dict(S="福鼎", K="other", P=Q1)
ARTICLES = [A("1—3月,福鼎工业投资同比增长303.5%", None)]
ZONES = []
ENTERPRISES = [E("福鼎时代", kind="short")]
FIGURES = [
    F("303.5%", 303.5, "%", **FD, M="工业投资同比增长", C=True),
    F("303.5%", 303.5, "%", **FD, M="工业投资同比增长", C=True),
    F("303.5%", 303.5, "%", **FD, M="工业投资同比增长", C=True),
    F("310.1%", 310.1, "%", **FD, M="技改投资同比增长", C=True),
]
DATES = [D("1—3月", "2022-01", "2022-03", inferred=True), D("2022-04-25", "2022-04-25"),
         D("1—3月", "2022-01", "2022-03", inferred=True), D("24日", "2022-04-24", inferred=True),
         D("7月", "2022-07", inferred=True), D("1—3月", "2022-01", "2022-03", inferred=True)]
EXCLUDE = ["13:32:23", "3号厂房"]
