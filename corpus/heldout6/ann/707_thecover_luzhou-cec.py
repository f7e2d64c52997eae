# thecover.cn (封面新闻, provincial media), printed 2020-03-26. `生活重启 |` is a series tag (not in the title).
# `33252` after the time is a view counter, `评论 0` a widget: furniture. 中国电子 named at the head of its park
# project (中国电子泸州产业园) → short enterprise (heldout5). `2020年第一季度重大项目集中开工仪式`: a ceremony's
# quarter is a date (heldout3/4).
PUBLISHED = "2020-03-26"
PUBLISHED_INFERRED = False
PJ = "中国电子泸州产业园项目"
ARTICLES = [A("中国电子泸州产业园预计2022年完成建设", None)]
ZONES = []
ENTERPRISES = [E("中国电子", kind="short")]
FIGURES = [
    F("120亿元", 12000000000, "元", S=PJ, K="other", M="总投资", P=None),
    F("约4500亩", 4500, "亩", S=PJ, K="other", M="建设用地", P=None),
    F("200亿元", 20000000000, "元", S=PJ, K="other", M="年销售收入", P=None, T=True),
    F("20亿元", 2000000000, "元", S="一期古蔺异地扶贫产业园项目", K="other", M="批复投资", P="2020"),
    F("1319亩", 1319, "亩", S="一期古蔺异地扶贫产业园项目", K="other", M="计划用地", P="2020", T=True),
    F("约92万平方米", 920000, "平方米", S="一期古蔺异地扶贫产业园项目", K="other", M="建筑面积", P="2020"),
    F("4.3公里", 4.3, "公里", S="一期古蔺异地扶贫产业园项目", K="other", M="建设市政道路", P="2020"),
]
DATES = [
    D("2022年", "2022"),
    D("2020-03-26", "2020-03-26"),
    D("3月26日", "2020-03-26", inferred=True),
    D("2020年第一季度", "2020-01", "2020-03"),
    D("2022年", "2022"),
    D("2020年", "2020"),
]
