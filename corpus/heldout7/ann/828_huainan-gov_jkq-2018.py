# jkq.huainan.gov.cn (淮南经济技术开发区 administration site), printed 发布日期:2018-09-19 10:18 (clock no figure); the
# empty `阅读:` counter has no number. The text never names the zone (only the site does) → no zone, subjects null
# (heldout5's 625: no named entity). Headline year is a date (heldout5): `2018年1-8月份` → 2018-01..08; body `1-8月份`
# takes it (inferred). Companies named as projects → short (联创制药, 三江生物, 国瑞药业, 绿十字; 陕汽 of
# 陕汽重卡汽车零配件产业园); 润滑油 (product), 皇家万喜汇 (venue) are not. `累计40` (no classifier) → unit "".
# `约150亿元人民币` → unit 元 (heldout4). `年产400吨薄荷脑生产项目` is a project name (GUIDE).
PUBLISHED = "2018-09-19"
PUBLISHED_INFERRED = False
P8 = ("2018-01", "2018-08")
ARTICLES = [A("2018年1-8月份招商引资签约和跟踪在谈项目情况", None)]
ZONES = []
ENTERPRISES = [E("联创制药", kind="short"), E("三江生物", kind="short"), E("国瑞药业", kind="short"),
               E("绿十字", kind="short"), E("陕汽", kind="short")]
FIGURES = [
    F("29个", 29, "个", M="签约项目", P=P8),
    F("13个", 13, "个", M="签约工业项目", P=P8),
    F("8个", 8, "个", M="入驻科创中心项目", P=P8),
    F("40", 40, "", kind="count", M="跟踪在谈项目", P=P8),
    F("约150亿元人民币", 15000000000, "元", M="拟投资总额", P=P8, T=True),
    F("8个", 8, "个", M="协议起草阶段项目", P="2018-08"),
]
DATES = [
    D("2018年1-8月份", P8[0], P8[1]),
    D("2018-09-19", "2018-09-19"),
    D("1-8月份", P8[0], P8[1], inferred=True),
    D("1-8月份", P8[0], P8[1], inferred=True),
]
EXCLUDE = ["10:18", "年产400吨"]
