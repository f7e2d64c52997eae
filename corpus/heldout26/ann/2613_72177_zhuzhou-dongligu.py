# finance.72177.com (天津在线 portal, 财经/金融 channel, an unrelated city site) carrying a 中新网 wire (national
# media); site name line and crumb kept. Cut after the aviation paragraph (the 新能源 paragraph breaks off).
# No printed date: the dateline `8月19日电` and `19日` take their year from the fair's name `2016年湖南(上海)投资贸易
# 洽谈周` (published inferred 2016-08-19). That year stands inside an event name: no dated mention (GUIDE's letter,
# `2021碳达峰碳中和无锡峰会`; heldout16 counted ceremony years, GUIDE is followed here). `2013年`, `2015年` are dates.
# Zone: none (中国动力谷 is a slogan/brand, 株洲 a city).
# Enterprises: 中车株洲电力机车有限公司, 中国南方航空工业(集团)有限公司 (registered); 罗特威直升机公司,
# 中航湖南通用航空发动机公司, 中航动力零部件公司 (`…公司` without 有限 → short); companies heading project names
# (short, heldout10/16): 山河科技 (`山河科技轻型飞机`), 南方宇航 (`南方宇航高精传动产业`). Research institutes are no
# enterprises (GUIDE): 中车株洲电力机车研究所, 中国航空动力机械研究所(608所); `608所`, `331厂` are unit codes.
# Figures: `180多项`, `62家`, `70多个`, `1000亿元` (2015, 突破 no approx), `千亿` (NEW as heldout16: a milestone with a
# scale word, `突破千亿` → 1000亿, no unit printed), `25家`, `90%以上`. `八大`, `六大`, `三大`, `第一台` are no figures.
PUBLISHED = "2016-08-19"
PUBLISHED_INFERRED = True
ZZ = dict(S="株洲", K="other")
ARTICLES = [A("湖南株洲“沪洽周”上引资引智 致力打造“中国动力谷”", None)]
ZONES = []
ENTERPRISES = [E("中车株洲电力机车有限公司"), E("中国南方航空工业(集团)有限公司"),
               E("罗特威直升机公司", kind="short"), E("中航湖南通用航空发动机公司", kind="short"),
               E("中航动力零部件公司", kind="short"), E("山河科技", kind="short"), E("南方宇航", kind="short")]
FIGURES = [
    F("180多项", 180, "项", **ZZ, M="中国工业“第一”", P=None),
    F("62家", 62, "家", **ZZ, M="轨道交通产业企业", P="2016-08"),
    F("70多个", 70, "个", **ZZ, M="轨道交通产品出口国家和地区", P="2016-08"),
    F("1000亿元", 100000000000, "元", **ZZ, M="轨道交通产业收入", P="2015"),
    F("千亿", 100000000000, "", **ZZ, M="轨道交通装备产业集群收入", P="2015"),
    F("25家", 25, "家", **ZZ, M="航空企业", P="2016-08"),
    F("90%以上", 90, "%", **ZZ, M="中小航空发动机市场占有率", P="2016-08"),
]
DATES = [D("8月19日", "2016-08-19", inferred=True), D("19日", "2016-08-19", inferred=True), D("2013年", "2013"),
         D("2015年", "2015")]
EXCLUDE = ["2016年湖南(上海)投资贸易洽谈周", "(608所)", "(331厂)"]
