# help-w.com (content farm filed under a game channel: menu `598`/`魔獸` kept, `598` EXCLUDE) copy of a financial
# news item in Traditional script; whole as returned. `最後更新:2017-08-21 19:17:20` → published 2017-08-21 (printed;
# clock EXCLUDE); `8月21日` (year inferred); `今年上半年` → 2017-01..2017-06 (a half-year span, as heldout16's
# `去年下半年`). Zone: 雄安新區 (…新区; primary: the company's part in it); bare `雄安` (twice) is a place not said to be
# a zone (no variant). Company: 深高速 (short, listed; `600548` EXCLUDE). Not a company by GUIDE's letter:
# 深圳市水務規劃設計院 (`水規院`), named as a design institute.
PUBLISHED = "2017-08-21"
PUBLISHED_INFERRED = False
SG = "深高速"
H1 = ("2017-01", "2017-06")
ARTICLES = [A("深高速:入股單位深圳水規院多次考察雄安項目", "雄安新區")]
ZONES = [Z("雄安新區", ["雄安新區"])]
ENTERPRISES = [E(SG, kind="short")]
FIGURES = [
    F("21.08億元", 2108000000, "元", S=SG, K="enterprise", M="營收", P=H1),
    F("7.42億元", 742000000, "元", S=SG, K="enterprise", M="淨利潤", P=H1),
    F("20.63%", 20.63, "%", S=SG, K="enterprise", M="淨利潤同比增長", P=H1, C=True),
]
DATES = [D("8月21日", "2017-08-21", inferred=True), D("今年上半年", "2017-01", "2017-06", inferred=True),
         D("2017-08-21", "2017-08-21")]
EXCLUDE = ["598", "600548", "19:17:20"]
