# contigotg.com (copy of a district government's open-information page: 長壽區統計局, Traditional), the metadata
# table printed first (`成文日期`/`發布日期` 2023-07-28, each a date; the index code is no figure). The returned text
# breaks off inside part 二 (industry, the only paragraph naming 經開區 and 高新區); cut after the last complete
# paragraph, part 一, so the page names no zone and no company. `????` is a stored garble of indent spaces.
# Title `2023年上半年經濟運行情況`: its `2023年上半年` is a dated span (2023-01..06); the bare `上半年` (twice) and
# `1季度` (twice) are spans of 2023 (year inferred). Every figure is the district's first half of 2023 (subject the
# district as printed in the issuing office's name). `1.5、0.6個百分點`: two values sharing one unit, the first
# figure's text the whole list (heldout16), the second `0.6個百分點` (count note: it stands only inside the first's
# text). Gaps to the city/country are no changes; `增速較1季度提高…個百分點` are changes.
PUBLISHED = "2023-07-28"
PUBLISHED_INFERRED = False
CS = dict(S="長壽區", K="other")
H1 = ("2023-01", "2023-06")
ARTICLES = [A("2023年上半年經濟運行情況", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("453.7億元", 45370000000, "元", **CS, M="地區生產總值", P=H1),
    F("6.1%", 6.1, "%", **CS, M="地區生產總值增長", P=H1, C=True),
    F("1.5、0.6個百分點", 1.5, "個百分點", **CS, M="GDP增速高于全市", P=H1),
    F("0.6個百分點", 0.6, "個百分點", **CS, M="GDP增速高于全國", P=H1),
    F("280.5億元", 28050000000, "元", **CS, M="第二產業增加值", P=H1),
    F("61.8%", 61.8, "%", **CS, M="第二產業占GDP比重", P=H1),
    F("6.8%", 6.8, "%", **CS, M="第二產業增加值增長", P=H1, C=True),
    F("2.8個百分點", 2.8, "個百分點", **CS, M="第二產業增速比全市高", P=H1),
    F("65.1%", 65.1, "%", **CS, M="第二產業對經濟增長的貢獻", P=H1),
    F("26.4億元", 2640000000, "元", **CS, M="第一產業增加值", P=H1),
    F("5.8%", 5.8, "%", **CS, M="第一產業占GDP比重", P=H1),
    F("4.6%", 4.6, "%", **CS, M="第一產業增加值增長", P=H1, C=True),
    F("0.5個百分點", 0.5, "個百分點", **CS, M="第一產業增速較1季度提高", P=H1, C=True),
    F("0.1個百分點", 0.1, "個百分點", **CS, M="第一產業增速比全市高", P=H1),
    F("146.8億元", 14680000000, "元", **CS, M="第三產業增加值", P=H1),
    F("32.4%", 32.4, "%", **CS, M="第三產業占GDP比重", P=H1),
    F("5.3%", 5.3, "%", **CS, M="第三產業增加值增長", P=H1, C=True),
    F("0.1個百分點", 0.1, "個百分點", **CS, M="第三產業增速較1季度提高", P=H1, C=True),
    F("0.3個百分點", 0.3, "個百分點", **CS, M="第三產業增速比全市高", P=H1),
]
DATES = [D("2023-07-28", "2023-07-28"), D("2023-07-28", "2023-07-28"), D("2023年上半年", "2023-01", "2023-06"),
         D("上半年", "2023-01", "2023-06", inferred=True), D("上半年", "2023-01", "2023-06", inferred=True),
         D("1季度", "2023-01", "2023-03", inferred=True), D("1季度", "2023-01", "2023-03", inferred=True)]
EXCLUDE = ["11500221009303905W/2023-00029"]
