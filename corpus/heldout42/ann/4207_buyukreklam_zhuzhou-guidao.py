# buyukreklam.com (content farm carrying cnbridge.cn's `路橋資訊`) in Traditional script with glued readings, a 瀟湘晨報 /
# 新华社 item; crumbs, the printed `2016-02-25` and its blank lines kept; the credit line `圖/新華社本文來源:瀟湘晨報` and
# the site footer (copyright years, phone and licence numbers) after the last paragraph are cut.
# No zone (株洲 a city). Company: 中車株洲電力機車有限公司 (registered) with `中車株機` (its usual short name).
# NEW: `過千億` (headline and body) is a milestone with a Chinese numeral and scale word (heldout16's `突破千亿元`):
# 1000億, unit "", approx by hand (過 = over). `突破1000億元` is a milestone (not approx). Bare `去年` (headline) has no
# date text of its own (as heldout40's `昨天`); `2015年` twice; `2月23日` → 2016 (inferred).
PUBLISHED = "2016-02-25"
PUBLISHED_INFERRED = False
ZZ = dict(S="株洲市", K="other")
CR = "中車株洲電力機車有限公司"
ARTICLES = [A("株洲軌道交通產(chǎn)業(yè)去年產(chǎn)值首次過千億", None)]
ZONES = []
ENTERPRISES = [E(CR, ["中車株機"])]
FIGURES = [
    F("過千億", 100000000000, "", approx=True, **ZZ, M="軌道交通產業產值", P="2015"),
    F("1000億元", 100000000000, "元", **ZZ, M="軌道交通產業產值", P="2015"),
    F("1003.7億元", 100370000000, "元", **ZZ, M="軌道交通產業產值", P="2015"),
    F("過千億", 100000000000, "", approx=True, **ZZ, M="軌道交通產業集群產值", P="2015"),
    F("27%", 27, "%", S=CR, K="enterprise", M="全球市場份額", P="2015"),
    F("70多個", 70, "個", S=CR, K="enterprise", M="產品出口國家和地區", P="2015"),
]
DATES = [D("2016-02-25", "2016-02-25"), D("2月23日", "2016-02-23", inferred=True), D("2015年", "2015"), D("2015年", "2015")]
EXCLUDE = []
