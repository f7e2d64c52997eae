# startg.07cha.com (aggregator copy of a 無綫新聞 TVB News item), Hong Kong, Traditional: printed `發佈日期:
# 2026-01-04 11:47` (clock excluded), section `港澳`, the headline stored twice (one title; its figures and dates count
# at each occurrence), source lines and `已複製連結` kept; the trailing source lines cut after the last paragraph.
# `去年底` → 2025-12 (year inferred, heldout10's `去年5月份`); `今年` and `今年首個交易日` are no dates. No GUIDE zone
# (科學園 is a Hong Kong park). Companies: 壁仞科技 short, 科技園公司 short (heldout10's 香港科技園公司, here printed
# without 香港); 杭州創新孵化中心 is a centre, TVB media. `約一成半` → 15 %, `約三成` → 30 % (heldout10's `X成`).
# `至今` → the publication month.
PUBLISHED = "2026-01-04"
PUBLISHED_INFERRED = False
XJ = dict(S="新經濟公司", K="other")
YE = "2025-12"
ARTICLES = [A("陳茂波:截至去年底逾400間新經濟公司在港上市 料今年前沿科企陸續有來", None)]
ZONES = []
ENTERPRISES = [E("壁仞科技", kind="short"), E("科技園公司", kind="short")]
FIGURES = [
    F("逾400間", 400, "間", **XJ, M="在港上市新經濟公司", P=YE),
    F("逾400間", 400, "間", **XJ, M="在港上市新經濟公司", P=YE),
    F("逾400間", 400, "間", **XJ, M="在港上市新經濟公司", P=YE),
    F("約一成半", 15, "%", **XJ, M="佔上市公司數目比重", P=YE),
    F("約三成", 30, "%", **XJ, M="佔大市市值和成交額比重", P=YE),
    F("12家", 12, "家", S="科技園公司", K="enterprise", M="落戶科學園的浙江和杭州創科企業", P="2026-01"),
]
DATES = [
    D("去年底", YE, inferred=True),
    D("2026-01-04", "2026-01-04"),
    D("去年底", YE, inferred=True),
    D("去年底", YE, inferred=True),
    D("去年底", YE, inferred=True),
    D("2024年", "2024"),
]
EXCLUDE = ["11:47"]
