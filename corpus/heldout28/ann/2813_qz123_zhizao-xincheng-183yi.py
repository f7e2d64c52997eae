# qz123.com (衢州 local portal) item; the column tag `【在习近平新时代中国特色社会主义思想指引下】` before the headline
# is no part of the title (heldout16's `【…】` tags); the source/date line `智造新城2021/3/28 19:31:47` (clock no figure)
# and a counter line `0` kept. The stored text breaks off in the 美卓奥图泰 paragraph: cut after the 华冠 one (so
# 美卓奥图泰重工(衢州)有限公司 is not on the page).
# Dates: headline `1—2月`, `前两月`, `今年前两个月` (2021-01..2021-02, inferred), bare `去年` (2020, inferred; the year
# the company invested), `四月底` (2021-04, inferred). `去年同期`/`相比去年` are comparison bases, not mentions of a time.
# No zone: 智造新城 (衢州's 新城 platform) is no GUIDE zone kind (not …新区/生态城). Company: 浙江华冠拉链有限公司
# (registered; `华冠拉链`). `几十台`, `每两个月三个货柜` have no value (no figure).
PUBLISHED = "2021-03-28"
PUBLISHED_INFERRED = False
ZZ = dict(S="智造新城", K="other")
HG = "浙江华冠拉链有限公司"
JF = ("2021-01", "2021-02")
ARTICLES = [A("智造新城:1—2月规上工业产值超183亿元 实现“开门红”", None)]
ZONES = []
ENTERPRISES = [E(HG, ["华冠拉链"])]
FIGURES = [
    F("超183亿元", 18300000000, "元", **ZZ, M="规上工业产值", P=JF),
    F("183.40亿元", 18340000000, "元", **ZZ, M="规上工业总产值", P=JF),
    F("50.42%", 50.42, "%", **ZZ, M="规上工业总产值同比增长", P=JF, C=True),
    F("1500多万元", 15000000, "元", S=HG, K="enterprise", M="累计投入研发可降解拉链", P="2020"),
    F("300万件", 3000000, "件", S=HG, K="enterprise", M="可降解拉链每年可接订单"),
    F("超1500万元", 15000000, "元", S=HG, K="enterprise", M="产值", P=JF),
    F("50%以上", 50, "%", S=HG, K="enterprise", M="产值同比增长", P=JF, C=True),
    F("40%以上", 40, "%", S=HG, K="enterprise", M="全年产值增长", P="2021", C=True, T=True),
]
DATES = [D("1—2月", "2021-01", "2021-02", inferred=True), D("2021/3/28", "2021-03-28"),
         D("前两月", "2021-01", "2021-02", inferred=True), D("去年", "2020", inferred=True),
         D("四月底", "2021-04", inferred=True), D("今年前两个月", "2021-01", "2021-02", inferred=True)]
EXCLUDE = ["19:31:47\n0"]
