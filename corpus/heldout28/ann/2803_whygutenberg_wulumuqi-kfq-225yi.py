# whygutenberg.com (content farm) copy of a 中新網 wire converted to Traditional with pinyin readings glued into
# words (`開發(fā)區(qū)`, `經(jīng)濟`), kept as stored; the headline, zone variants and figures are entered as stored.
# The stored text breaks off in the last paragraph (`本屆烏洽會上,烏魯木齊經(j`): cut after the 胡國強 one.
# Printed `2010-09-03 15:23` (clock no figure); `9月3日` twice (dateline and body; inferred from the printed year).
# Zone: 烏魯木齊經濟技術開發區 (…經濟技術開發區, primary; canonical written without the glued readings), with the
# headline's `烏魯木齊開發(fā)區(qū)` and the bracketed short form `開發(fā)區(qū)`. No company is named.
# Figures: headline `200余億` (no unit printed → ""); `近百億元` is a Chinese numeral with a scale word (figure, approx,
# a change against last year); `“世界500強`/`“中國500強` are list names (no figure); `八大產業`/`五大基地` small counts.
# Period: the fair of early September 2010 (第十九屆烏洽會).
PUBLISHED = "2010-09-03"
PUBLISHED_INFERRED = False
KFQ = "烏魯木齊經濟技術開發區"
ZK = dict(S=KFQ, K="zone", P="2010-09")
ARTICLES = [A("烏洽會烏魯木齊開發(fā)區(qū)簽約200余億 較上屆猛增", KFQ)]
ZONES = [Z(KFQ, ["烏魯木齊經(jīng)濟技術(shù)開發(fā)區(qū)", "烏魯木齊開發(fā)區(qū)", "開發(fā)區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("200余億", 20000000000, "", **ZK, M="簽約"),
    F("225億元", 22500000000, "元", **ZK, M="簽約項目金額"),
    F("近百億元", 10000000000, "元", **ZK, M="簽約金額較去年增長", C=True),
    F("12個", 12, "個", **ZK, M="上會簽約項目"),
    F("196億元", 19600000000, "元", **ZK, M="內資項目"),
    F("4.1億美元", 410000000, "美元", **ZK, M="外資外貿項目金額"),
    F("90%以上", 90, "%", **ZK, M="工業項目占簽約項目總數"),
    F("2000余家", 2000, "家", **ZK, M="區內企業"),
    F("13家", 13, "家", **ZK, M="投資生產型項目的世界500強企業"),
    F("20家", 20, "家", **ZK, M="投資生產型項目的中國500強企業"),
]
DATES = [D("2010-09-03", "2010-09-03"), D("9月3日", "2010-09-03", inferred=True), D("9月3日", "2010-09-03", inferred=True)]
EXCLUDE = ["15:23", "“世界500", "“中國500"]
