# cctv.com (央视网, national media): 横琴粤澳深度合作区 second anniversary. The printed `2023年09月17日 19:51:55` stands twice
# (`来源:` line and byline; each occurrence a date, clocks no figure), `原标题:`/`正在加载` placeholders kept; the share,
# `最新推荐`, repeated-title and font widgets after the editor line cut. `今天(9月17日)` → 2023-09-17 (inferred);
# `今年上半年` → 2023-01..2023-06 (inferred, as heldout16's `去年下半年`), `8月` (截至8月) → 2023-08; `今年以来` no date.
# Zone: none by GUIDE's letter (`…合作区` is not among its zone kinds; 横琴 is no `…新区` here) → primary null. No
# enterprise. Not figures: the slogan `1+1>2`, `两周年`/`两年来` (years counted). A list sharing `约` and 同比增长
# (`约81.7%、68.1%和172.4%`) gives one figure per value, the first with the marker in its text. `不到30秒` duration.
# Facts: subject 横琴粤澳深度合作区 (other) for its statistics, 横琴口岸 for the port counts over the two years
# (2021-09..2023-09); 通关时间 no period.
PUBLISHED = "2023-09-17"
PUBLISHED_INFERRED = False
HQ = "横琴粤澳深度合作区"
H1 = dict(S=HQ, K="other", P=("2023-01", "2023-06"))
H8 = dict(S=HQ, K="other", P="2023-08")
KA = dict(S="横琴口岸", K="other", P=("2021-09", "2023-09"))
ARTICLES = [A("一体化发展启新章 横琴粤澳深度合作区打开琴澳融合新格局", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("79.99亿元", 7999000000, "元", **H1, M="规上四新产业营业收入"),
    F("29.9%", 29.9, "%", **H1, M="规上四新产业营业收入同比增长", C=True),
    F("87.77亿元", 8777000000, "元", **H1, M="现代金融产业增加值"),
    F("2.9%", 2.9, "%", **H1, M="现代金融产业增加值同比增长", C=True),
    F("5763户", 5763, "户", **H8, M="实有澳资企业总量"),
    F("23.54%", 23.54, "%", **H8, M="澳资企业总量较挂牌前增长", C=True),
    F("7473人", 7473, "人", **H8, M="就业生活居住的澳门居民"),
    F("超2125万人次", 21250000, "人次", **KA, M="出入旅客"),
    F("不到30秒", 30, "秒", kind="duration", S="横琴口岸", K="other", M="通关时间"),
    F("约290万辆次", 2900000, "辆次", kind="count", **KA, M="出入车辆"),
    F("超195万辆次", 1950000, "辆次", kind="count", **KA, M="澳门单牌车"),
    F("约81.7%", 81.7, "%", **KA, M="出入旅客同比增长", C=True),
    F("68.1%", 68.1, "%", **KA, M="出入车辆同比增长", C=True),
    F("172.4%", 172.4, "%", **KA, M="澳门单牌车同比增长", C=True),
    F("1000万人次", 10000000, "人次", S="横琴口岸", K="other", M="出入境客流", P="2023"),
]
DATES = [D("2023年09月17日", "2023-09-17"), D("2023年09月17日", "2023-09-17"), D("9月17日", "2023-09-17", inferred=True),
         D("今年上半年", "2023-01", "2023-06", inferred=True), D("8月", "2023-08", inferred=True)]
EXCLUDE = ["19:51:55", "1+1>2"]
