# zachmalone.com (spam domain framing a chemical-park association's `行业资讯` page): injected gambling name
# `18luck新利app` twice, `Hi,欢迎来到` login lines, crumbs ending in the headline (stored twice: one title), printed
# `发布日期:2023-01-16`, six image file names `商务部N.jpg` (no figures). The stored text breaks off after point 三:
# cut after the last complete paragraph.
# No zone: `国家级经开区` is the class (heldout10's 1013). No companies.
# `2022年国家级经济技术开发区…考核评价` (evaluation round, ×3) and the document's `(2021年版)` are no dates (heldout8/9/10);
# so `2021年` has two gold entries for three page occurrences (count note, deliberate). `2021年度` is a date (heldout10).
# `30亿元以上`/`15亿元以上` thresholds → figures `30亿元`/`15亿元`. `1.04万家`, `5.03万家` scale words applied.
PUBLISHED = "2023-01-16"
PUBLISHED_INFERRED = False
JK = dict(S="国家级经开区", K="other")
Y = 100000000
W = 1000000000000
ARTICLES = [A("商务部公布2022年国家级经济技术开发区综合发展水平考核评价结果", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("217家", 217, "家", **JK, M="参评国家级经开区", P="2021"),
    F("12.8万亿元", 12.8*W, "元", **JK, M="地区生产总值", P="2021"),
    F("11%", 11, "%", **JK, M="占国内生产总值比重", P="2021"),
    F("30亿元", 30*Y, "元", **JK, M="东部主营业务收入门槛", P=None),
    F("15亿元", 15*Y, "元", **JK, M="中西部主营业务收入门槛", P=None),
    F("1682家", 1682, "家", **JK, M="制造业企业", P="2021-12"),
    F("894家", 894, "家", **JK, M="上市企业", P="2021-12"),
    F("8.9万亿元", 8.9*W, "元", **JK, M="进出口总额", P="2021"),
    F("22.8%", 22.8, "%", **JK, M="占全国进出口总额比重", P="2021"),
    F("3万亿元", 3*W, "元", **JK, M="高新技术产品进出口额", P="2021"),
    F("25.4%", 25.4, "%", **JK, M="占全国高新技术产品进出口额比重", P="2021"),
    F("381.6亿美元", 381.6*Y, "美元", **JK, M="实际使用外资金额", P="2021"),
    F("22%", 22, "%", **JK, M="占全国实际使用外资比重", P="2021"),
    F("573家", 573, "家", **JK, M="国家级孵化器和众创空间", P="2021-12"),
    F("1.04万家", 10400, "家", **JK, M="省级及以上研发机构", P="2021-12"),
    F("5.03万家", 50300, "家", **JK, M="高新技术企业", P="2021-12"),
]
DATES = [
    D("2023-01-16", "2023-01-16"),
    D("1月13日", "2023-01-13", inferred=True),
    D("2021年度", "2021"),
    D("2021年", "2021"),
    D("2021年末", "2021-12"),
    D("2021年", "2021"),
    D("2021年末", "2021-12"),
]
EXCLUDE = ["18luck新利app", "商务部1.jpg", "商务部2.jpg", "商务部3.jpg", "商务部4.jpg", "商务部5.jpg", "商务部6.jpg",
           "2022年国家级经济技术开发区", "2021年版"]
