# acosx.cn (content farm) copy of a Urumqi paper's item (`本報訊`), converted to Traditional with glued pinyin
# readings (`個(gè)月`, `區(qū)`), kept as stored. The headline is stored twice (one title; its figure and date count at each occurrence) with a subheading line after
# it; the stored text breaks off in a quoted paragraph: cut after the 絲綢之路 one. No printed date: the page says the
# zone first passed 100億元 in 2022 (`2022年的首次突破100億元`) and this year did so 8 months earlier than last year, so
# `今年` is 2023 → published 2023 (inferred); `前4個月` (headline twice, `今年前4個月` three times) → 2023-01..2023-04
# (year inferred). Bare `去年`/`今年` without a month are no dated mentions (GUIDE's examples carry a month).
# Zone: 烏魯木齊綜合保稅區/綜保區 is a customs bonded area, not among GUIDE's zone kinds → no zone; facts take the printed
# `烏魯木齊綜保區` as subject (other). No company. `破/突破100億元` milestones are figures (heldout16), not approx;
# `提前8個月` is a duration figure (unit 個月, the glued reading `(gè)` left out of the unit). `近100%` approx.
# Shares `2.9%` (2018) → `30%` (2022) → `45%` (前4個月) are levels.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
Q = ("2023-01", "2023-04")
U = dict(S="烏魯木齊綜保區", K="other")
ARTICLES = [A("前4個(gè)月烏魯木齊綜保區(qū)進(jìn)出口額破100億元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("100億元", 10000000000, "元", **U, M="進出口額", P=Q),
    F("100億元", 10000000000, "元", **U, M="進出口額", P=Q),
    F("8個(gè)月", 8, "個月", **U, M="比去年提前突破這一數字"),
    F("100億元", 10000000000, "元", **U, M="進出口額", P=Q),
    F("110.6億元", 11060000000, "元", **U, M="進出口額", P=Q),
    F("843.5%", 843.5, "%", **U, M="進出口額", P=Q, C=True),
    F("8個(gè)月", 8, "個月", **U, M="比去年提前突破100億元"),
    F("100億元", 10000000000, "元", **U, M="進出口額", P=Q),
    F("8.4倍", 8.4, "倍", **U, M="進出口值", P=Q, C=True),
    F("958.7%", 958.7, "%", **U, M="出口", P=Q, C=True),
    F("9.6倍", 9.6, "倍", **U, M="出口", P=Q, C=True),
    F("16.2倍", 16.2, "倍", **U, M="服裝及衣著附件出口", P=Q, C=True),
    F("6倍", 6, "倍", **U, M="機電產品出口", P=Q, C=True),
    F("163.8%", 163.8, "%", **U, M="進口", P=Q, C=True),
    F("近100%", 100, "%", **U, M="銅礦砂及其精礦占進口總值", P=Q),
    F("15億元", 1500000000, "元", **U, M="進出口貿易額", P="2018"),
    F("100億元", 10000000000, "元", **U, M="進出口貿易額", P="2022"),
    F("138億元", 13800000000, "元", **U, M="進出口貿易額", P="2022"),
    F("2.9%", 2.9, "%", **U, M="為烏魯木齊外貿貢獻的份額", P="2018"),
    F("30%", 30, "%", **U, M="為烏魯木齊外貿貢獻的份額", P="2022"),
    F("45%", 45, "%", **U, M="為烏魯木齊外貿貢獻的份額", P=Q),
]
DATES = [D("前4個(gè)月", "2023-01", "2023-04", inferred=True)] * 2 + \
        [D("今年前4個(gè)月", "2023-01", "2023-04", inferred=True)] * 2 + \
        [D("2018年", "2018"), D("2018年", "2018"), D("2022年", "2022"), D("今年前4個(gè)月", "2023-01", "2023-04", inferred=True)]
EXCLUDE = []
