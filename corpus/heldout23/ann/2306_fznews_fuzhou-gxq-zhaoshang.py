# news.fznews.com.cn (福州新闻网, city portal) copy of a 福州日报 story: crumbs, printed `2023-02-03 07:49:31` (clock no
# figure) and the photo caption (which repeats the headline) kept; `【责任编辑】/相关新闻` after the byline cut.
# Zone: 福州高新区 (primary), with the bare `高新区` used for it (variant, heldout16's bare `开发区`); the zone words
# inside the registered name 福州高新区投资控股有限公司 are no zone mention (heldout16's 1602).
# Dates: `2日` (2023-02-02, year inferred), the event's year `2023年招商大会` (heldout10/16: a ceremony's year is a
# date), `2022年度` (the award year, as `2021年度優秀企業表彰大會`), `2022年`. `当天` no dated mention.
# Companies: three registered names (福州迈新生物技术开发有限公司, 福州高新区投资控股有限公司, 福建博思软件股份有限公司);
# companies heading project names are short entries (heldout10/16): 飞毛腿 (and `飞毛腿新能源` in the next sentence,
# a variant), 协鑫 (variant `协鑫新能源`), 宽腾, 永福绿能. Not enterprises: 福州日报, 福州新闻网 (media).
# Figures: `20个` four times (headline, body, caption, list sentence); `100亿元产值企业` is an expected size (target);
# `430多家` (approx), `比增130%` (change); `六条措施` (document name, small Chinese count) and `连续三年` no figures.
PUBLISHED = "2023-02-03"
PUBLISHED_INFERRED = False
FZ = "福州高新区"
Zd = dict(S=FZ, K="zone", P="2023-02-02")
Z22 = dict(S=FZ, K="zone", P="2022")
ARTICLES = [A("福州高新区招商大会暨经济工作推进会举行 20个重大项目签约", FZ)]
ZONES = [Z(FZ, [FZ, "高新区"])]
ENTERPRISES = [E("飞毛腿", ["飞毛腿新能源"], kind="short"), E("协鑫", ["协鑫新能源"], kind="short"), E("宽腾", kind="short"),
               E("永福绿能", kind="short"), E("福州迈新生物技术开发有限公司"), E("福州高新区投资控股有限公司"),
               E("福建博思软件股份有限公司")]
FIGURES = [
    F("20个", 20, "个", **Zd, M="重大项目签约"),
    F("20个", 20, "个", **Zd, M="重大项目集中签约"),
    F("500亿元", 50000000000, "元", **Zd, M="签约项目总投资"),
    F("20个", 20, "个", **Zd, M="重大项目签约"),
    F("20个", 20, "个", **Zd, M="签约重大项目"),
    F("2个", 2, "个", **Zd, M="重大招商项目"),
    F("100亿元", 10000000000, "元", **Zd, M="产值企业", T=True),
    F("20家", 20, "家", **Z22, M="纳税大户企业"),
    F("3家", 3, "家", **Z22, M="认定市总部企业"),
    F("12家", 12, "家", **Z22, M="省“专精特新”企业"),
    F("40家", 40, "家", **Z22, M="科技小巨人企业"),
    F("430多家", 430, "家", **Z22, M="引进国家高新技术企业"),
    F("130%", 130, "%", **Z22, M="引进国家高新技术企业比增", C=True),
]
DATES = [D("2023-02-03", "2023-02-03"), D("2日", "2023-02-02", inferred=True), D("2023年", "2023"),
         D("2022年度", "2022"), D("2022年", "2022")]
EXCLUDE = ["07:49:31"]
