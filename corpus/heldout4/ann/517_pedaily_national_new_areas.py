# 投资界 item (from 上海证券报) stored from its lead: no headline, no article title. Year from the
# address (202110); published 2021-10-27, inferred. The five-zone list is coordinated; the pair
# "四川天府新区和青岛西海岸新区" is not (heldout3 convention for plain pairs).
# Size classes (千亿级/百亿级/万亿级 产业集群) are not figures (seed 001 does not count 百亿级产业集群);
# "亿元以上项目" has no numeral, "5000万元以上项目" has one.
PUBLISHED = "2021-10-27"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = [
    Z("四川天府新区", ["四川天府新区"], True),
    Z("青岛西海岸新区", ["青岛西海岸新区"]),
    Z("重庆两江新区", ["重庆两江新区"], True),
    Z("福州新区", ["福州新区"], True),
    Z("哈尔滨新区", ["哈尔滨新区"], True),
    Z("江西赣江新区", ["江西赣江新区"], True),
    Z("广州南沙新区", ["广州南沙新区"]),
    Z("南京江北新区", ["南京江北新区"]),
    Z("天津滨海新区", ["天津滨海新区"]),
    Z("浙江舟山群岛新区", ["浙江舟山群岛新区"]),
]
ENTERPRISES = [E("中交四航局", kind="short"), E("华润江中", kind="short"), E("联东U谷", kind="short")]
S(None, None, "2021-10-27")
F("8个", 8, "个", m="签约项目")
F("约582亿元", 58200000000, "元", m="协议总投资")
S("广州南沙新区", "zone", "2021-01", "2021-09")
F("31.8%", 31.8, "%", m="固定资产投资", c=True)
S("南京江北新区", "zone", "2021-01", "2021-09")
F("649个", 649, "个", m="新签约亿元以上项目")
F("约3600亿元", 360000000000, "元", m="协议投资总额")
S("天津滨海新区", "zone", "2021-01", "2021-09")
F("5000万元以上", 50000000, "元", m="项目投资额")
F("超过841个", 841, "个", m="引进5000万元以上项目")
F("5131亿元", 513100000000, "元", m="协议投资总额")
S("四川天府新区", "zone", "2021-10-27")
F("2个", 2, "个", m="千亿级产业集群")
F("8个", 8, "个", m="百亿级产业集群")
D("10月27日", "2021-10-27", None, True)
D("10月27日", "2021-10-27", None, True)
D("1—9月", "2021-01", "2021-09", True)
