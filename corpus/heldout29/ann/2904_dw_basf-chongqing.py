# dw.com (Deutsche Welle, German international broadcaster, Traditional-script edition) item on BASF's 重慶 project;
# the accessibility menu (`1. 跳轉至内容` …, list numbering, excluded) and the dateline city kept; the `DW熱門報導`
# widgets after the body cut. Printed `2011年3月25日`. Company: 巴斯夫 with its Latin gloss `BASF` (short; 德新社 is
# media). `周五(3月25日)` → 2011-03-25 (year inferred); `從2014年起` and `自2006年以來` are dated mentions (2014, 2006);
# `去年` alone no date. No zone (重慶長壽化工園區 a chemical park). `約值8.6億歐元`: the marker is not adjacent, so
# the text is the amount with approx set by hand; `至少300個` sets no approx (as 不低于).
PUBLISHED = "2011-03-25"
PUBLISHED_INFERRED = False
BA = dict(S="巴斯夫", K="enterprise")
ARTICLES = [A("巴斯夫重慶巨額投資項目獲中方綠燈", None)]
ZONES = []
ENTERPRISES = [E("巴斯夫", ["BASF"], kind="short")]
FIGURES = [
    F("80億元", 8000000000, "元", **BA, M="重慶項目投資總額", P="2011-03-25", T=True),
    F("8.6億歐元", 860000000, "歐元", approx=True, **BA, M="重慶項目投資總額", P="2011-03-25", T=True),
    F("40萬噸", 400000, "噸", **BA, M="年生產量", P="2014", T=True),
    F("300個", 300, "個", **BA, M="工作崗位", T=True),
    F("7000人", 7000, "人", **BA, M="大中華區員工", P="2011-03"),
    F("58億歐元", 5800000000, "歐元", **BA, M="大中華區經營額", P="2010"),
]
DATES = [D("2011年3月25日", "2011-03-25"), D("3月25日", "2011-03-25", inferred=True), D("2014年", "2014"), D("2006年", "2006")]
EXCLUDE = ["1. 跳轉", "2. 跳轉", "3. 跳轉"]
