# 3g.guangyuanol.cn (广元 city portal) repost of 巴中日报 (city paper), printed 2016-08-16 10:27 (clock no figure).
# Cut after `[责任编辑:晓锋]` (share widget and channel list follow). The `原标题:` line repeats the headline in its
# original form: one article (heldout4), its figure counted at each occurrence. Zone 巴中市经开区 / bare 经开区 →
# canonical 巴中经开区 (市 dropped like 国家), printed forms as variants. Companies: 羽玺纸塑, 怡美食品 (short),
# 盟兴钢构 (heads a project name → short); 沥青拌合站 is a project. `升规入库` of 4 firms is a change.
PUBLISHED = "2016-08-16"
PUBLISHED_INFERRED = False
BZ = "巴中经开区"
H1 = ("2016-01", "2016-06")
Zd = dict(S=BZ, K="zone")
ARTICLES = [A("巴中市经开区上半年规上工业增加值增长26.8%", BZ)]
ZONES = [Z(BZ, ["巴中市经开区", "经开区"])]
ENTERPRISES = [E("羽玺纸塑", kind="short"), E("怡美食品", kind="short"), E("盟兴钢构", kind="short")]
FIGURES = [
    F("26.8%", 26.8, "%", **Zd, M="规上工业增加值", P=H1, C=True),
    F("26.8%", 26.8, "%", **Zd, M="规上工业增加值", P=H1, C=True),
    F("27家", 27, "家", **Zd, M="投产工业企业", P=H1),
    F("26.8%", 26.8, "%", **Zd, M="规上工业增加值", P=H1, C=True),
    F("2.85亿元", 285000000, "元", **Zd, M="工业技改投资", P=H1),
    F("4家", 4, "家", **Zd, M="升规入库企业", P="2016", C=True),
    F("23个", 23, "个", **Zd, M="规上工业企业总数", P="2016"),
    F("16.86亿元", 1686000000, "元", **Zd, M="规模以上工业企业销售收入", P=H1),
    F("38%", 38, "%", **Zd, M="规模以上工业企业销售收入", P=H1, C=True),
    F("22个", 22, "个", **Zd, M="实施工业项目", P="2016"),
    F("82%以上", 82, "%", **Zd, M="项目开工率、复工率", P="2016"),
    F("14.49亿元", 1449000000, "元", **Zd, M="工业投资", P="2016"),
]
DATES = [
    D("上半年", H1[0], H1[1], inferred=True),
    D("2016-08-16", "2016-08-16"),
    D("上半年", H1[0], H1[1], inferred=True),
    D("8月14日", "2016-08-14", inferred=True),
    D("今年上半年", H1[0], H1[1], inferred=True),
    D("1—6月", H1[0], H1[1], inferred=True),
    D("1—6月", H1[0], H1[1], inferred=True),
]
EXCLUDE = ["10:27"]
