# tjsdzgyxh.com (an association site reposting a 中国证券报 item): reading-time widget `本篇文章274字,读完约1分钟`
# on top, the headline stored after the lead paragraph and again in a `标题:` field, and an `地址:` URL line at the
# end; whole as returned. The widget's `274字`/`约1分钟` and the URL's digits are site furniture, no figures of the
# story (excluded). One title (the headline, heldout16's 1603 `標題` field). The company is named `雪荣生物` (a typo,
# three times) and `雪榕生物` (headline): one short entry, the typo a variant. No printed date: `8月13日` with `对公司
# 2020年业绩的影响` → 2020-08-13 (inferred). Not enterprises: 都昌县人民政府; 食用菌产业园 a project. All amounts are
# the framework agreement's plan → target.
PUBLISHED = "2020-08-13"
PUBLISHED_INFERRED = True
XR = "雪榕生物"
XS = dict(S=XR, K="enterprise", P=None, T=True)
ARTICLES = [A("雪榕生物与都昌县政府签署协议 拟20亿元投建食用菌产业园", None)]
ZONES = []
ENTERPRISES = [E(XR, ["雪荣生物"], kind="short")]
FIGURES = [
    F("20亿元", 2000000000, "元", **XS, M="食用菌产业园投资"),
    F("20亿元", 2000000000, "元", **XS, M="项目总投资"),
    F("7亿元", 700000000, "元", **XS, M="一期工程投资"),
    F("13亿元", 1300000000, "元", **XS, M="二期工程投资"),
    F("20亿元", 2000000000, "元", **XS, M="食用菌产业园投资"),
]
DATES = [D("8月13日", "2020-08-13", inferred=True), D("2020年", "2020")]
EXCLUDE = ["274字", "约1分钟", "3940"]
