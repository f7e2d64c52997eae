# shuzhiren.com (content farm) copy of a 人民日报 item, whole as returned: one run-on paragraph ending with the
# paper's line `《人民日报》(2023年02月10日05版)` and the farm's `原文链接` (its post number no figure; `05版` a page
# number). Published 2023-02-10 as printed there. Dateline `2月9日` → 2023 (inferred). Bare `去年` is no dated
# mention (heldout16's 1617 leaves `比去年` out); `2022年` three times.
# Zones: 洋浦经济开发区 (…开发区, twice) and 海口江东新区 (…新区); 海口综合保税区 is no GUIDE zone kind; 海南自贸港, 海南生态软件园
# and 复兴城互联网信息产业园 are no zones. Primary zone none (the story is about all key parks). No company.
# Figures: `近七成`, `超九成` → 70 / 90 % (X成, approx); `超千亿元` a threshold with a Chinese numeral and scale
# word (heldout16's `超过千亿元`), approx; `一半以上` carries no scale word: no figure; `3个`, `5个` twice.
# Subject of all: the key parks as a whole (other), except the three named parks' joint tax.
PUBLISHED = "2023-02-10"
PUBLISHED_INFERRED = False
HN = dict(S="海南自贸港重点园区", K="other", P="2022")
ARTICLES = [A("海南自贸港重点园区去年累计实现营业收入18246亿元", None)]
ZONES = [Z("洋浦经济开发区", ["洋浦经济开发区"]), Z("海口江东新区", ["海口江东新区"])]
ENTERPRISES = []
FIGURES = [
    F("18246亿元", 1824600000000, "元", **HN, M="营业收入"),
    F("1261.48亿元", 126148000000, "元", **HN, M="固定资产投资"),
    F("6.6%", 6.6, "%", **HN, M="固定资产投资同比增长", C=True),
    F("18246.43亿元", 1824643000000, "元", **HN, M="营业收入"),
    F("31.6%", 31.6, "%", **HN, M="营业收入同比增长", C=True),
    F("700.32亿元", 70032000000, "元", **HN, M="税收收入"),
    F("53.6%", 53.6, "%", **HN, M="占全省税收收入的比重"),
    F("3个", 3, "个", **HN, M="园区"),
    F("487.94亿元", 48794000000, "元", **HN, M="三个园区合计税收收入"),
    F("近七成", 70, "%", **HN, M="占园区总税收的比重"),
    F("超千亿元", 100000000000, "元", **HN, M="营业收入"),
    F("5个", 5, "个", **HN, M="营业收入超千亿元的园区"),
    F("5个", 5, "个", **HN, M="园区"),
    F("超九成", 90, "%", **HN, M="占园区总营收的比重"),
]
DATES = [D("2月9日", "2023-02-09", inferred=True), D("2022年", "2022"), D("2022年", "2022"), D("2022年", "2022"),
         D("2023年02月10日", "2023-02-10")]
EXCLUDE = ["05版", "//shuzhiren.com/post/10737.html"]
