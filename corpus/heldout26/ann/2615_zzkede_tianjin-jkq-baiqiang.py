# zzkede.cn (創投網, a venture-news portal; `資訊` channel) in Traditional script: a mainland story on 天津經開區's
# 2020 top-100 firms; crumb kept; the keyword line, `最近更新` and the site footer cut. No printed date (published
# inferred from the URL path `2021/0713`; the text's latest year is 2020).
# Zone: 天津經開區 (…經開區, primary; Traditional form kept as canonical), also bare `經開區` for it (variant).
# Enterprises: none named (百強企業 is a class).
# Dates: `1995年`, `2020年` (截至), `2020年` (研發費用), and `2020年度` once as a time (`2020年度經開區共有340家…`,
# GUIDE `2021年度`). The other five `2020年度` stand inside list names (`2020年度百強企業` in the headline and three
# times in the body, `2020年度生態環境保護先進企業30強名單`): no dates (heldout16's list names) — check.py's count
# note for `2020年度` (gold 1, page 6) is this call.
# Figures: shares and growth rates of the top-100 firms (2020), `26屆` (editions counted, unit 屆), `340家`.
# `30強`, `前30強` are list names/ranks; `兩位數` a size class; `百強` has no digits.
PUBLISHED = "2021-07"
PUBLISHED_INFERRED = True
TJ = "天津經開區"
BQ = dict(S="天津經開區百強企業", K="other", P="2020")
ARTICLES = [A("天津經開區2020年度百強企業發布,經濟效益增強", TJ)]
ZONES = [Z(TJ, [TJ, "經開區"])]
ENTERPRISES = []
FIGURES = [
    F("62%", 62, "%", **BQ, M="營業收入占全區的比重"),
    F("2.8個百分點", 2.8, "個百分點", **BQ, M="營業收入占比較上一年度增長", C=True),
    F("76.1%", 76.1, "%", **BQ, M="營業利潤占全區的比重"),
    F("62%", 62, "%", **BQ, M="稅收收入占全區的比重"),
    F("26屆", 26, "屆", kind="count", S=TJ, K="zone", M="百強企業評選", P="2020"),
    F("7.4%", 7.4, "%", **BQ, M="制造業企業增加值增速", C=True),
    F("2個百分點", 2, "個百分點", **BQ, M="制造業增加值增速高于全區", C=True),
    F("95.3%", 95.3, "%", **BQ, M="對全區制造業增加值貢獻率"),
    F("28.4%", 28.4, "%", **BQ, M="營利服務業企業營收增速", C=True),
    F("9.5個百分點", 9.5, "個百分點", **BQ, M="營利服務業營收增速高于全區", C=True),
    F("68.1%", 68.1, "%", **BQ, M="對全區營利服務業營收貢獻率"),
    F("16.1%", 16.1, "%", **BQ, M="商業企業營收增速", C=True),
    F("22.8個百分點", 22.8, "個百分點", **BQ, M="商業營收增速高于全區", C=True),
    F("5.8個百分點", 5.8, "個百分點", **BQ, M="拉動全區商業增長", C=True),
    F("340家", 340, "家", S=TJ, K="zone", M="納入生態環境保護評選工業企業", P="2020"),
]
DATES = [D("1995年", "1995"), D("2020年", "2020"), D("2020年", "2020"), D("2020年度", "2020")]
EXCLUDE = ["2020年度百強企業", "2020年度經開區百強企業", "2020年度生態環境保護先進企業30強", "前30強"]
