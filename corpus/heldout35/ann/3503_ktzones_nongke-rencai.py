# ktzones.com (content farm/redirector, `go.php?…&to=prev`) copy of a Taiwan news item on the 屏東 農業生物科技園區;
# the headline first, photo captions (`▲…`) glued to the paragraphs, a `大 中 小` font-size widget inside the first
# line, kept as stored; the `[圖擷取自網路…]`/`本篇`/`請追蹤F` tail after the last caption cut. No date line: the captions'
# photo date `2017.5.12` (three times, each a dated mention) → published 2017-05-12 (inferred). ROC years: `95年底` →
# 2006-12, `107年6月底` → 2018-06; `去年11月21日` → 2016-11-21 (year inferred from the 2017 captions).
# No zone (a Taiwan agricultural science park is no GUIDE zone), no company (農委會 is a government body).
# `新台幣102.03億元` keeps its currency word in the text (heldout16's `約新臺幣17.04億元`). Floors `地上4層、地下1層`
# are quantities with digits → figures (unit 層, count). The service building's floors and floor area are the plan
# (`整體規畫為…`, to be finished 107年6月底) → target; `增設165.41公頃` a planned expansion → target.
PUBLISHED = "2017-05-12"
PUBLISHED_INFERRED = True
NK = dict(S="農業生物科技園區", K="other")
ARTICLES = [A("農科園區產業人才培育 扎根地方接軌國際", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("105家", 105, "家", **NK, M="核准進駐廠商家數", P="2017-05"),
    F("新台幣102.03億元", 10203000000, "元", **NK, M="投資金額", P="2017-05"),
    F("逾90%", 90, "%", **NK, M="園區土地出租利用率", P="2017-05"),
    F("165.41公頃", 165.41, "公頃", **NK, M="園區擴充基地", T=True),
    F("4層", 4, "層", kind="count", **NK, M="多功能生活服務區地上樓層", P="2018-06", T=True),
    F("1層", 1, "層", kind="count", **NK, M="多功能生活服務區地下樓層", P="2018-06", T=True),
    F("約4,380坪", 4380, "坪", **NK, M="總樓地板面積", P="2018-06", T=True),
]
DATES = [D("2017.5.12", "2017-05-12"), D("95年底", "2006-12"), D("去年11月21日", "2016-11-21", inferred=True),
         D("107年6月底", "2018-06"), D("2017.5.12", "2017-05-12"), D("2017.5.12", "2017-05-12")]
EXCLUDE = []
