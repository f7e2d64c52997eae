# 2sfls.cn (content farm, `媒体关注` channel) copy of an investor-Q&A digest (`金融研究中心12月23日訊`) on the listed
# 浙江建投, converted to Traditional with glued pinyin readings (`業(yè)`, `據(jù)`), kept as stored. Headline first; whole
# as returned (the closing `(素材來源于網絡侵刪)` kept). No printed date: the answer cites `2021年1月至9月` results,
# so `12月23日` → 2021-12-23 (year inferred) = published.
# Companies: 浙江建投 (the listed short name; `公司`/`貴公司` refer to it), 阿里巴巴 heading a project name
# (`阿里巴巴達摩院南湖園區項目`, short, as heldout10's companies heading projects). 浙江大學校友企業總部經濟園 is a
# project, no company. No zone.
# Figures: `1,131.22億元` twice (headline, body); `年收入幾乎上千億` a Chinese numeral with scale words → 1000億, unit ""
# (none printed), approx by hand (`幾乎上`); tender prices `477,124.3564萬元`, `222,500萬元`; `二期` an ordinal.
PUBLISHED = "2021-12-23"
PUBLISHED_INFERRED = True
ZJ = "浙江建投"
Q3 = ("2021-01", "2021-09")
EK = dict(S=ZJ, K="enterprise")
ARTICLES = [A("浙江建投:公司及下屬子公司累計新簽合同金額為人民幣1,131.22億元", None)]
ZONES = []
ENTERPRISES = [E(ZJ, kind="short"), E("阿里巴巴", kind="short")]
FIGURES = [
    F("1,131.22億元", 113122000000, "元", **EK, M="累計新簽合同金額", P=Q3),
    F("上千億", 100000000000, "", approx=True, **EK, M="年收入"),
    F("1,131.22億元", 113122000000, "元", **EK, M="累計新簽合同金額", P=Q3),
    F("10.02%", 10.02, "%", **EK, M="累計新簽合同金額", P=Q3, C=True),
    F("477,124.3564萬元", 4771243564, "元", **EK, M="浙江大學校友企業總部經濟園二期EPC工程總承包項目中標價格"),
    F("222,500萬元", 2225000000, "元", **EK, M="阿里巴巴達摩院南湖園區項目中標價格"),
]
DATES = [D("12月23日", "2021-12-23", inferred=True), D("2021年1月至9月", "2021-01", "2021-09")]
EXCLUDE = []
