# fsgnet.com (tag/redirect farm) copy of a 上海社会科学院 news page: crumbs `您所在的位置: 首页 新闻`, the headline, then
# `日期:2023/09/12|点击:10` (counter no figure) → published 2023-09-12. The stored text breaks off in the paragraph
# that names the top companies (上海汽车集团股份有限公司, …): cut after the statistics paragraph, so no company remains.
# `910日` is the page's own garble of 9月10日 (the 月 lost): a dated mention, 2023-09-10 (year inferred).
# Names with a year and no 年 are no dates: `2023上海高新技术企业创新百强榜` (twice), `2023浦江创新论坛`. `自2018年以来`
# → 2018; `2022年` five times (one glued to `43.9%` with its stop lost: `43.9%2022年`).
# No zone (上海张江科学会堂 is a building), no company. Figures: `突破2.2万家` a milestone (no approx); `200%以上` approx;
# `首超4%` → `超4%` approx; ages `11.2岁`, `降低0.3岁` (unit 岁); `每万户` a per-unit denominator, no figure;
# `第2名` a rank. Subject 上海高企 (other), period 2022 (the paragraph's year); the 200% rise spans 2018–2022.
PUBLISHED = "2023-09-12"
PUBLISHED_INFERRED = False
GQ = dict(S="上海高企", K="other", P="2022")
ARTICLES = [A("我院应用经济研究所与市科技创业中心、上海工程技术大学联合发布“2023上海高新技术企业创新百强榜”", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("2.2万家", 22000, "家", **GQ, M="上海高企数量"),
    F("200%以上", 200, "%", S="上海高企", K="other", M="上海高企数量增幅", P=("2018", "2022"), C=True),
    F("8164家", 8164, "家", **GQ, M="规上企业"),
    F("37.5%", 37.5, "%", **GQ, M="工业总产值全市占比"),
    F("43.9%", 43.9, "%", **GQ, M="营业收入全市占比"),
    F("11.2岁", 11.2, "岁", **GQ, M="平均年龄"),
    F("0.3岁", 0.3, "岁", **GQ, M="平均年龄比上年降低", C=True),
    F("超4%", 4, "%", **GQ, M="研发强度"),
    F("62.23%", 62.23, "%", **GQ, M="PCT申请专利全市占比"),
    F("78.59%", 78.59, "%", **GQ, M="授权发明专利全市占比"),
    F("4.38万亿元", 4380000000000, "元", **GQ, M="总营收"),
    F("2.69亿元", 269000000, "元", **GQ, M="盈利面企均营收"),
    F("3030.50万元", 30305000, "元", **GQ, M="企均净利润"),
]
DATES = [D("2023/09/12", "2023-09-12"), D("910日", "2023-09-10", inferred=True), D("2022年", "2022"),
         D("2018年", "2018"), D("2022年", "2022"), D("2022年", "2022"), D("2022年", "2022"), D("2022年", "2022")]
EXCLUDE = ["点击:10", "2023上海高新技术企业创新百强榜", "2023浦江创新论坛", "第2名"]
