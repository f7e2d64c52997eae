# ct.acnnewswire.com (亞太商訊/ACN Newswire, a press-release wire, Traditional edition) carrying a 香港 投資推廣署
# (InvestHK) release. Stored text begins with the store's own ` date 2020-01` field and an English date line
# `Tuesday, 21 January 2020, 15:30 HKT/SGT` (kept as stored; each is a dated mention on the page: 2020-01 and
# 2020-01-21; clock no figure), then `來源 InvestHK` (source label, no part of the headline) and the headline. Cut
# before the `按行業分布` paragraph the stored text breaks off in. Dateline `2020年1月21日` → published 2020-01-21.
# Dates written in Chinese numerals with `○`: `一月二十一日` (the dateline's day, inferred), `二○一九年` ×4 (the last
# in the heading `二○一九年年度報告重點`, a report year taken as a fiscal year, heldout16's `2021年度`),
# `二○一八年` ×2, `二○二○年` (`展望二○二○年`).
# No company or zone: InvestHK is a government department, ACN a media wire; companies are counted, not named.
# Figures: `487間` ×3, `6 009個` (a thousands space kept), the source-market counts in brackets `(71)`, `(43)`,
# `(27)`, `(25)` (quantities printed without a unit → ""); 間 is a count classifier (set by hand). Facts: subject
# 投資推廣署 (the companies it helped) or the market named; period 2019 throughout (二○一九年).
PUBLISHED = "2020-01-21"
PUBLISHED_INFERRED = False
IH = dict(S="投資推廣署", K="other", P="2019")
ARTICLES = [A("香港特別行政區政府投資推廣署協助海外及內地企業來港開設或擴展業務數字創新高", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("487間", 487, "間", kind="count", **IH, M="協助在港開設或擴展業務的企業"),
    F("11.7%", 11.7, "%", **IH, M="協助企業數目較二○一八年上升", C=True),
    F("487間", 487, "間", kind="count", **IH, M="協助企業"),
    F("6 009個", 6009, "個", **IH, M="創造就業職位"),
    F("14.1%", 14.1, "%", **IH, M="就業職位較二○一八年上升", C=True),
    F("超過27%", 27, "%", **IH, M="獲協助公司指香港國際樞紐地位重要的比例"),
    F("487間", 487, "間", kind="count", **IH, M="協助公司"),
    F("48個", 48, "個", **IH, M="來源經濟體"),
    F("120間", 120, "間", kind="count", S="中國內地", K="other", P="2019", M="來港公司"),
    F("71", 71, "", kind="count", S="美國", K="other", P="2019", M="來港公司"),
    F("43", 43, "", kind="count", S="英國", K="other", P="2019", M="來港公司"),
    F("27", 27, "", kind="count", S="日本", K="other", P="2019", M="來港公司"),
    F("25", 25, "", kind="count", S="法國", K="other", P="2019", M="來港公司"),
    F("29間", 29, "間", kind="count", S="東盟", K="other", P="2019", M="來港企業"),
]
DATES = [D("2020-01", "2020-01"), D("21 January 2020", "2020-01-21"), D("2020年1月21日", "2020-01-21"),
         D("一月二十一日", "2020-01-21", inferred=True)] + [D("二○一九年", "2019")] * 4 + \
        [D("二○一八年", "2018")] * 2 + [D("二○二○年", "2020")]
EXCLUDE = ["15:30"]
