# sz-shandao.com (content farm) copy of an 經濟參考報/新華社 wire of 2007, Traditional script with pinyin readings glued
# into words (`開(kāi)發(fā)區`, `個(gè)`) and a conversion garble (`!皬拈_(kāi)放程度`), table pipes kept; whole as returned.
# Title as stored, readings included (scoring folds nothing of them; the extractor must cope). Printed
# `2007-06-04` → published (not inferred). Dates: `6月3日` (dateline) and the bare day `3日` (June 3, year and month
# from the dateline; a calendar day, inferred); `2006年`. Not dates: `2007年` inside the forum's name
# (`…組織2007年投資促進高峰論壇`, EXCLUDE), bare `去年` (`截至去年`, heldout16: no date), `近年來`.
# No zone: `國家級開發區` is the class, no named zone; no company. Figures: `54個`, `14個`, `31個` (each followed by
# the reading `(gè)`, not part of the figure text); `第二開放帶` an ordinal. Facts: subject 國家級開發區 (printed);
# `目前` resolved to the publication month.
PUBLISHED = "2007-06-04"
PUBLISHED_INFERRED = False
GK = dict(S="國家級開發區", K="other")
ARTICLES = [A("潘碧靈:國家級開(kāi)發(fā)區吸收外資比重持續提高", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("147.12億美元", 14712000000, "美元", **GK, M="實際利用外資", P="2006"),
    F("23.34%", 23.34, "%", **GK, M="占全國實際利用外資額", P="2006"),
    F("2830.94億美元", 283094000000, "美元", **GK, M="進出口總額", P="2006"),
    F("25.69%", 25.69, "%", **GK, M="進出口總額同比增長", P="2006", C=True),
    F("1492.33億美元", 149233000000, "美元", **GK, M="出口", P="2006"),
    F("54個", 54, "個", **GK, M="國家級開發區數量", P="2007-06"),
    F("14個", 14, "個", **GK, M="首批沿海開放城市", P=None),
    F("31個", 31, "個", **GK, M="覆蓋省份", P="2007-06"),
    F("888平方公里", 888, "平方公里", **GK, M="規劃面積", P="2006"),
]
DATES = [D("2007-06-04", "2007-06-04"), D("6月3日", "2007-06-03", inferred=True), D("3日", "2007-06-03", inferred=True),
         D("2006年", "2006")]
EXCLUDE = ["2007年投資促進"]
