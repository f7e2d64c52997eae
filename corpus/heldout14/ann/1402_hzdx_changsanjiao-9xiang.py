# gongsi.hzdx.com (portal rolling-news page, crumbs `首页 > 滚动 > > 内容页`), copy of a 澎湃新闻 report, printed
# `发表于: 2023-04-12 18:41:54` (clock no figure). The headline's trailing site tag ` 最新快讯` is no part of the title.
# The photo note `(资料图片仅供参考)` and caption line `活动现场 示范区执委会 供图` are kept. Cut after the last complete
# paragraph (the stored text breaks off inside the list of signed projects).
# No zone: 长三角生态绿色一体化发展示范区 (`长三角示范区`, bare `示范区`) is a cross-province regional designation, not
# a zone of GUIDE's rank (heldout9's 杭绍甬一体化示范区, heldout10's 苏南国家自主创新示范区). 西岑科创园 is a park.
# Companies: only 华为 (named through its 青浦研发中心, short). 兰钧新能源研究院 and 江苏省海洋信息技术与装备创新中心
# are research bodies, universities are no enterprises, 开发者联盟 is an alliance.
# Dates: `2023年` heading the name of the 对接会 is the event's year (heldout10: `2023年的招商引资交流会` counts);
# `4月12日` takes the printed year. `超1000 人` (space kept as printed) → 人, approx.
PUBLISHED = "2023-04-12"
PUBLISHED_INFERRED = False
SF = "长三角生态绿色一体化发展示范区"
SK = dict(S=SF, K="other")
D0 = "2023-04-12"
ARTICLES = [A("长三角示范区跨区域联合招商,签订9个项目涉投资154亿元", None)]
ZONES = []
ENTERPRISES = [E("华为", kind="short")]
FIGURES = [
    F("9个", 9, "个", **SK, M="签订项目", P=D0),
    F("154亿元", 15400000000, "元", **SK, M="签约项目投资", P=D0),
    F("3个", 3, "个", **SK, M="揭牌机构和项目", P=D0),
    F("约409公顷", 409, "公顷", S="长三角数字干线西岑科创园", K="other", M="总占地面积", P=None),
    F("6.4亿元", 640000000, "元", S="兰钧新能源研究院", K="other", M="项目总投资", P=None),
    F("超1000 人", 1000, "人", S="兰钧新能源研究院", K="other", M="集聚研发人才", P=None, T=True),
    F("9项", 9, "项", **SK, M="合作协议", P=D0),
    F("约154亿元", 15400000000, "元", **SK, M="涉及投资", P=D0),
]
DATES = [D("2023-04-12", D0), D("4月12日", D0, inferred=True), D("2023年", "2023")]
EXCLUDE = ["18:41:54"]
