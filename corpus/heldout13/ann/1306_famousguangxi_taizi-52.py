# famousguangxi.com (a Guangxi trade-promotion site in Traditional script), visit counter `655916` and menu kept, printed
# `發佈時間 07月 29日, 2020` (a date mention, → 2020-07-29). The headline is stored twice (one title; its figure counts
# at each occurrence, heldout10). Cut after the last paragraph (share widget dropped). Captions count as text.
# No zones (富士康南寧科技園 is a park; 富士康 appears only inside the park's name, no company entry). Company:
# 玉林市誠順鞋業有限公司 (registered, in a caption printed twice). Figures: `…億美元`/`…萬美元` → 美元.
# `前五名`/`前三名` ranks. Dates: `7月20日` and `6月份` (twice) year-inferred 2020; `今年1月至6月` (twice) and `上半年`
# (headline and body) → 2020-01..2020-06 inferred; `2009年6月30日`.
PUBLISHED = "2020-07-29"
PUBLISHED_INFERRED = False
TZ = dict(S="台資", K="other")
LZ = dict(S="陸資", K="other")
H1 = ("2020-01", "2020-06")
Y = 100000000
W = 10000
ARTICLES = [A("台資赴大陸投資金額大增逾52%,上半年這些行業最受青睞", None)]
ZONES = []
ENTERPRISES = [E("玉林市誠順鞋業有限公司")]
FIGURES = [
    F("逾52%", 52, "%", **TZ, M="赴大陸投資金額增長", P=H1, C=True),
    F("逾52%", 52, "%", **TZ, M="赴大陸投資金額增長", P=H1, C=True),
    F("245件", 245, "件", **TZ, M="核准對大陸投資件數", P=H1),
    F("13.12%", 13.12, "%", **TZ, M="核准對大陸投資件數減少", P=H1, C=True),
    F("31.7億美元", 31.7*Y, "美元", **TZ, M="核准投(增)資金額", P=H1),
    F("52.49%", 52.49, "%", **TZ, M="核准投(增)資金額增加", P=H1, C=True),
    F("31件", 31, "件", **TZ, M="赴大陸投資件數", P="2020-06"),
    F("6%", 6, "%", **TZ, M="赴大陸投資件數下滑", P="2020-06", C=True),
    F("4.97億美元", 4.97*Y, "美元", **TZ, M="投資金額", P="2020-06"),
    F("186%", 186, "%", **TZ, M="投資金額增長", P="2020-06", C=True),
    F("56件", 56, "件", **LZ, M="核准陸資來台投資件數", P=H1),
    F("9.68%", 9.68, "%", **LZ, M="核准陸資來台投資件數減少", P=H1, C=True),
    F("4955.3萬美元", 4955.3*W, "美元", **LZ, M="投(增)資金額", P=H1),
    F("4.38%", 4.38, "%", **LZ, M="投(增)資金額增加", P=H1, C=True),
    F("9件", 9, "件", **LZ, M="陸資投資件數", P="2020-06"),
    F("50%", 50, "%", **LZ, M="陸資投資件數增長", P="2020-06", C=True),
    F("213.3萬美元", 213.3*W, "美元", **LZ, M="投資金額", P="2020-06"),
    F("89%", 89, "%", **LZ, M="投資金額下滑", P="2020-06", C=True),
    F("1427件", 1427, "件", **LZ, M="累計核准陸資來台投資件數", P=("2009-06", "2020-06")),
    F("23.35億美元", 23.35*Y, "美元", **LZ, M="累計核准投(增)資金額", P=("2009-06", "2020-06")),
]
DATES = [
    D("上半年", H1[0], H1[1], inferred=True),
    D("上半年", H1[0], H1[1], inferred=True),
    D("07月 29日, 2020", "2020-07-29"),
    D("7月20日", "2020-07-20", inferred=True),
    D("今年1月至6月", H1[0], H1[1], inferred=True),
    D("6月份", "2020-06", inferred=True),
    D("上半年", H1[0], H1[1], inferred=True),
    D("今年1月至6月", H1[0], H1[1], inferred=True),
    D("6月份", "2020-06", inferred=True),
    D("2009年6月30日", "2009-06-30"),
]
EXCLUDE = ["655916"]
