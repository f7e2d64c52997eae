# yxs588.com (content farm) copy of an industrial-land investment ranking converted to Traditional script with glued
# pinyin readings (`長(zhǎng)沙`, `發(fā)力`); stored as one headline line and one run-on line. The headline line carries a
# subtitle after `——` (`11月重點(diǎn)城市產(chǎn)業(yè)用地招商TOP50動(dòng)態(tài)出爐!`): the title is the main line before it (as
# stored, readings and all). The run-on line breaks off in its `招商動態分析` section: cut before that heading.
# No printed date: the data window `2022年11月1日-2022年11月30日` (a range: value 2022-11-01, end 2022-11-30) gives
# the subtitle's `11月` its year (inferred) → published 2022 (inferred; the report follows the month).
# Companies: 楚天科技 (listed; short), 比亞迪 (short). No zone; 長沙 a city.
# Figures: `105家`, `79城` (城 a count classifier, set by hand), the land threshold `15畝以上` (approx), the share
# thresholds `30%` ×2. Not figures: `TOP50` (GUIDE: TOP100), `500強` ×2 (list names, heldout16), `兩大`/`三大`
# (small Chinese counts).
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
NOV = "2022-11"
ARTICLES = [A("楚天科技落地長(zhǎng)沙,比亞迪再發(fā)力,105家上市公司落地79城!", None)]
ZONES = []
ENTERPRISES = [E("楚天科技", kind="short"), E("比亞迪", kind="short")]
FIGURES = [
    F("105家", 105, "家", S="全國", K="other", M="落地上市公司", P=NOV),
    F("79城", 79, "城", kind="count", S="全國", K="other", M="上市公司落地城市", P=NOV),
    F("15畝以上", 15, "畝", M="統計產業用地地塊面積下限", P=NOV),
    F("30%", 30, "%", M="500強公司股權占比下限"),
    F("30%", 30, "%", M="上市公司股權占比下限"),
]
DATES = [D("11月", NOV, inferred=True), D("2022年11月1日-2022年11月30日", "2022-11-01", "2022-11-30")]
EXCLUDE = ["TOP50", "500強"]
