# jiangsulong.com repost of 大连日报 (city paper). No printed date; the text's `7月23日` and the event
# `2020大连-上海(长三角)产业化招商促进周` give 2020-07 (the URL's 2020/0726 agrees). The event name's year is not a
# date. Headline repeated in 【】 at the end: one article, its figures counted twice (each occurrence).
# Bare `高新区` is 大连高新区 (variant). `100亿` in the headline has no unit ("", money).
PUBLISHED = "2020-07"
PUBLISHED_INFERRED = True
DL = "大连高新区"
ARTICLES = [A("投资100亿的城央文化综合体等6个重点项目将落户大连高新区", DL)]
ZONES = [Z(DL, [DL, "高新区"])]
ENTERPRISES = [
    E("易鑫集团", kind="group"),
    E("星空华文国际传媒有限公司"),
    E("瑞艾思酷软件系统(上海)有限公司"),
    E("上海建工集团", kind="group"),
    E("台达集团", kind="group"),
    E("大连融鑫融资担保有限公司"),
    E("淘车集团", kind="group"),
]
XK = "星空华文国际传媒有限公司"
FIGURES = [
    F("100亿", 10000000000, "", kind="money", S=XK, K="enterprise", M="投资", P=None, T=True),
    F("6个", 6, "个", S=DL, K="zone", M="重点项目", P=None, T=True),
    F("12家", 12, "家", S=DL, K="zone", M="访问考察企业", P=None),
    F("2个", 2, "个", S=DL, K="zone", M="促进项目合作签约", P=None),
    F("6个", 6, "个", S=DL, K="zone", M="达成可落地重点项目", P=None),
    F("4.75亿元", 475000000, "元", S="易鑫集团", K="enterprise", M="增资", P="2020", T=True),
    F("100亿元", 10000000000, "元", S=XK, K="enterprise", M="投资", P=None, T=True),
    F("100亿", 10000000000, "", kind="money", S=XK, K="enterprise", M="投资", P=None, T=True),
    F("6个", 6, "个", S=DL, K="zone", M="重点项目", P=None, T=True),
]
DATES = [D("7月23日", "2020-07-23", inferred=True)]
