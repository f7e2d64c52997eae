# zzhs001.com (a company site's `新闻中心/行业新闻` page, spam slogan `中国梦·AG厅梦` in its header kept) copy of a 兰州
# item; crumbs and the `来源/作者/发布时间/阅读量` line kept; whole as returned. Published: the printed `2014-12-19`;
# `12月17日` → 2014-12-17. Zone: 兰州新区 (a national new area, `…新区`), not the article's subject (兰州's relocation of
# 107 firms, of which 72 go to 兰州新区): primary zone null. Companies (all short as printed): 甘肃亚盛实业, 兰石集团
# (group), 兰州电机, 众友医药, 天和力德, 长征机械, 兰州锅炉, 省物产集团 (group), 利源汽车回收中心 (an enterprise counted
# among the `15户企业`, not a research centre), 兰海物流, 商通锅炉. `637亿` (headline) has no unit printed → "".
# Counts are 兰州's as of the publication month (`截至目前`, heldout37). `107户` stands three times.
PUBLISHED = "2014-12-19"
PUBLISHED_INFERRED = False
LZ = dict(S="兰州", K="other", P="2014-12")
ARTICLES = [A("总投资637亿 兰州已有107户企业启动实施出城入园", None)]
ZONES = [Z("兰州新区", ["兰州新区"])]
ENTERPRISES = [E("甘肃亚盛实业", kind="short"), E("兰石集团", kind="group"), E("兰州电机", kind="short"),
               E("众友医药", kind="short"), E("天和力德", kind="short"), E("长征机械", kind="short"),
               E("兰州锅炉", kind="short"), E("省物产集团", kind="group"), E("利源汽车回收中心", kind="short"),
               E("兰海物流", kind="short"), E("商通锅炉", kind="short")]
FIGURES = [
    F("637亿", 63700000000, "", **LZ, M="出城入园总投资"),
    F("107户", 107, "户", **LZ, M="启动实施出城入园企业"),
    F("107户", 107, "户", **LZ, M="启动实施出城入园企业"),
    F("637.45亿元", 63745000000, "元", **LZ, M="出城入园总投资"),
    F("107户", 107, "户", **LZ, M="启动实施出城入园企业"),
    F("72户", 72, "户", **LZ, M="向兰州新区拓展搬迁企业"),
    F("22户", 22, "户", **LZ, M="项目已基本建成企业"),
    F("18户", 18, "户", **LZ, M="出城入园项目正在建设企业"),
    F("32户", 32, "户", **LZ, M="完成选址准备开工企业"),
    F("35户", 35, "户", **LZ, M="向远郊县区搬迁企业"),
    F("11户", 11, "户", **LZ, M="已竣工投产企业"),
    F("15户", 15, "户", **LZ, M="已开工建设企业"),
    F("6户", 6, "户", **LZ, M="已完成选址准备开工企业"),
    F("3户", 3, "户", **LZ, M="正在进行项目选址企业"),
]
DATES = [D("2014-12-19", "2014-12-19"), D("12月17日", "2014-12-17", inferred=True)]
EXCLUDE = []
