# glxcb.cn (高陵经济网, aggregator) copy of a 新华网 item: menu, crumbs, the printed `发布时间:2023-06-17 08:15:57`
# (clock no figure), `(资料图)` and a photo caption kept; `关键词/责任编辑` and the site footer after the byline cut.
# Dates: printed 2023-06-17 (not inferred); `6月15日至16日` (span 2023-06-15..2023-06-16, year inferred);
# `2022年底` (→ 2022-12) and `2022年`.
# Companies: 大众汽车自动变速器(大连)有限公司, 林德工程(大连)有限公司, 格劳博机床(中国)有限公司 (registered);
# 松下控股株式会社 (printed `日本松下控股株式会社`; 株式会社 is a registered company form, like heldout16's Latin
# `Limited` → registered), with `松下` in the quote as its variant. Not enterprises: 新华网/新华社 (media),
# 联合国全球市场采购培训服务中心, 英中贸易协会, 中国日本商会 (associations), 大连市商务局. No zone.
# Figures: `24个` three times, `270亿元` (headline) and `约270亿元`; `世界500强` (list name) and `近10年` (a span in 年)
# are no figures. Facts: the conference's two days for the signing figures; 截至2022年底 for the stocks.
PUBLISHED = "2023-06-17"
PUBLISHED_INFERRED = False
DL = dict(S="大连", K="other", P=("2023-06-15", "2023-06-16"))
DL22 = dict(S="大连", K="other", P="2022-12")
ARTICLES = [A("大连24个外资项目现场签约总投资270亿元", None)]
ZONES = []
ENTERPRISES = [E("大众汽车自动变速器(大连)有限公司"), E("林德工程(大连)有限公司"), E("格劳博机床(中国)有限公司"),
               E("松下控股株式会社", ["松下"])]
FIGURES = [
    F("24个", 24, "个", **DL, M="外资项目现场签约"),
    F("270亿元", 27000000000, "元", **DL, M="签约项目总投资"),
    F("24个", 24, "个", **DL, M="外资项目现场签约"),
    F("约270亿元", 27000000000, "元", **DL, M="签约项目总投资"),
    F("24个", 24, "个", **DL, M="外资项目"),
    F("10个", 10, "个", **DL, M="外资项目来源国家和地区"),
    F("10家", 10, "家", **DL, M="签署战略合作协议商协会机构"),
    F("17226家", 17226, "家", **DL22, M="累计引进外商投资企业"),
    F("124家", 124, "家", **DL22, M="投资的世界500强企业"),
    F("287个", 287, "个", **DL22, M="世界500强企业投资项目"),
]
DATES = [D("2023-06-17", "2023-06-17"), D("6月15日至16日", "2023-06-15", "2023-06-16", inferred=True),
         D("2022年底", "2022-12"), D("2022年", "2022")]
EXCLUDE = ["08:15:57", "500强", "近10年"]
