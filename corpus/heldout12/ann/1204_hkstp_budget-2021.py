# hkstp.org (香港科技園公司's own press room: a company press release), Traditional, section line `企業新聞`, printed
# `2021年02月24日`. Cut after the sixth paragraph (the returned text broke off in the seventh). Title = the first
# headline; the repeated headline and the two deck lines below it are no titles.
# No GUIDE zone (Hong Kong). 香港科技園公司 (statutory corporation named 公司 → short, heldout6/9; `科技園公司` a
# variant). Not enterprises: 科技企業投資基金 / 香港科技園創投基金 / CVF (a fund), 先進製造業中心, 微電子中心 (centres).
# `2021-22年度《財政預算案》` (twice): the budget's name → no date (GUIDE's document names). `三億五千萬元` (Chinese
# numerals with scale words) is a figure; `一港元` (no scale word) is not; `過去3年` a duration in 年, no figure.
# The budget's injection and enlarged fund are targets; `過去3年` → 2018–2020 against the 2021 publication.
PUBLISHED = "2021-02-24"
PUBLISHED_INFERRED = False
FD = dict(S="科技企業投資基金", K="other")
CV = dict(S="CVF", K="other")
ARTICLES = [A("香港科技園公司積極推動香港創科穏健發展", None)]
ZONES = []
ENTERPRISES = [E("香港科技園公司", ["科技園公司"], kind="short")]
FIGURES = [
    F("三億五千萬元", 350000000, "元", **FD, M="注資", P=None, T=True),
    F("6億港元", 600000000, "港元", **FD, M="基金總額", P=None, T=True),
    F("13港元", 13, "港元", **CV, M="每一港元投資吸引私人市場投資", P=None),
    F("約13億港元", 1300000000, "港元", **CV, M="吸引私人投資", P=("2018", "2020")),
]
DATES = [D("2021年02月24日", "2021-02-24")]
EXCLUDE = ["2021-22年度", "過去3年"]
