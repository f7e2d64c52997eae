# hungtaihr.com (Taiwan labour-agency site reposting 外籍勞工通訊社), Traditional. No printed date; the byline
# `八月十一日` with `105年至106年6月底` and `106年底前` put the story in 2017: published 2017-08-11 inferred
# (`八月十一日` is a dated mention, year inferred). ROC years converted (105年 → 2016, 106年 → 2017); `105年至106年6月底`
# one ranged date (2016..2017-06); `106年底前` → 2017-12; `今年上半年` in the headline → 2017-01..06; `8月10日`,
# `10月6日`, `9月22日` year inferred (2017). The forum URL, `101室` (room number), `5+N` (slogan) and
# `2017tba` (inside the URL) are no figures. `6個月內` → duration 6 個月 (target). Whole as returned.
# No GUIDE zones (中科/竹科 Taiwan parks; 中科后里園區 a park). Companies named short: 美光 (`美商美光`, nationality
# dropped like heldout8's 康地谷物), 台灣傑康農業科技, 富士紡, 橋椿金屬, 富田電機, 漢泰國際電子, 煜林企業.
PUBLISHED = "2017-08-11"
PUBLISHED_INFERRED = True
Y = 100000000
JJ = "經濟部"
SP = ("2016", "2017-06")
ARTICLES = [A("今年上半年止5億元以上投資共700件 電子業金額超過五成 金屬機電案件最多", None)]
ZONES = []
ENTERPRISES = [
    E("美光", ["美商美光"], kind="short"),
    E("台灣傑康農業科技", kind="short"),
    E("富士紡", kind="short"),
    E("橋椿金屬", kind="short"),
    E("富田電機", kind="short"),
    E("漢泰國際電子", kind="short"),
    E("煜林企業", kind="short"),
]
FIGURES = [
    F("5億元", 5*Y, "元", S=JJ, K="other", M="投資門檻", P=None),
    F("700件", 700, "件", S=JJ, K="other", M="5億元以上投資案件", P=("2017-01", "2017-06")),
    F("超過五成", 50, "%", S="電子業", K="other", M="投資金額占比", P=("2017-01", "2017-06")),
    F("新台幣5億元", 5*Y, "元", S=JJ, K="other", M="投資門檻", P=None),
    F("700件", 700, "件", S=JJ, K="other", M="5億元以上投資案件", P=SP),
    F("新台幣2兆4,891億元", 24891*Y, "元", S=JJ, K="other", M="投資金額", P=SP),
    F("376件", 376, "件", S=JJ, K="other", M="已完工案件", P=SP),
    F("53.71%", 53.71, "%", S=JJ, K="other", M="完工率", P=SP),
    F("324件", 324, "件", S=JJ, K="other", M="尚未完工案件", P=SP),
    F("88件", 88, "件", S=JJ, K="other", M="預計完工案件", P=None, T=True),
    F("6個月", 6, "個月", S=JJ, K="other", M=None, P=None, T=True),
    F("464件", 464, "件", S=JJ, K="other", M="完成投資案", P="2017-12", T=True),
    F("66.28%", 66.28, "%", S=JJ, K="other", M="完工率", P="2017-12", T=True),
    F("約為新台幣1兆3,540.04億元", 13540.04*Y, "元", S=JJ, K="other", M="投資金額", P="2017-12", T=True),
    F("54.66%", 54.66, "%", S="電子資訊業", K="other", M="投資金額占比", P=SP),
    F("33.43%", 33.43, "%", S="金屬機電業", K="other", M="案件數占比", P=SP),
    F("33.1%", 33.1, "%", S="土地廠辦", K="other", M="服務需求占比", P=SP),
    F("12.7%", 12.7, "%", S="法規", K="other", M="服務需求占比", P=SP),
    F("5億元", 5*Y, "元", S=JJ, K="other", M="投資門檻", P=None),
]
DATES = [
    D("今年上半年", "2017-01", "2017-06", inferred=True),
    D("八月十一日", "2017-08-11", inferred=True),
    D("105年至106年6月底", "2016", "2017-06"),
    D("106年底前", "2017-12"),
    D("8月10日", "2017-08-10", inferred=True),
    D("106年底前", "2017-12"),
    D("10月6日", "2017-10-06", inferred=True),
    D("9月22日", "2017-09-22", inferred=True),
]
EXCLUDE = ["101室", "5+N", "http://2017tba.cier.edu.tw/index.htm"]
