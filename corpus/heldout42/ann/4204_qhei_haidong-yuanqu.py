# qhei.net.cn (青海 economic information site) copy of a 海东 paper item; whole as returned (no date line). Published
# 2020-07 from the URL path (`/2020_7/`), `7月21日` (the report day) year inferred. The headline keeps its spaces.
# Zone: 海东工业园区 (a zone with its own 管理委员会, …工业园区 of city rank as GUIDE's 苏州工业园区); bare `园区` not
# entered. Companies heading project names are short: 绿城 (`绿城五彩河湟建设项目`), 易华录 (`易华录城市数据湖项目`);
# `润厚农产品交易中心` and `长城·公爵新能源汽车小镇` are not clearly companies (not entered). Signing figures are levels
# (intended signings counted, not plans) at the report day; `40多家`, `200余人` approx.
PUBLISHED = "2020-07"
PUBLISHED_INFERRED = True
HD = "海东工业园区"
ZK = dict(S=HD, K="zone")
DAY = "2020-07-21"
ARTICLES = [A("海东工业园区 意向签约 160亿元", HD)]
ZONES = [Z(HD, [HD])]
ENTERPRISES = [E("绿城", kind="short"), E("易华录", kind="short")]
FIGURES = [
    F("160亿元", 16000000000, "元", **ZK, M="意向签约额", P=DAY),
    F("7项", 7, "项", **ZK, M="意向签约项目", P=DAY),
    F("160亿元", 16000000000, "元", **ZK, M="意向签约额", P=DAY),
    F("7个", 7, "个", **ZK, M="意向签约项目", P=DAY),
    F("2项", 2, "项", **ZK, M="信息技术项目", P=DAY),
    F("2项", 2, "项", **ZK, M="物流商贸项目", P=DAY),
    F("1项", 1, "项", **ZK, M="先进制造项目", P=DAY),
    F("1项", 1, "项", **ZK, M="文化旅游项目", P=DAY),
    F("1项", 1, "项", **ZK, M="康养地产项目", P=DAY),
    F("3项", 3, "项", **ZK, M="参加集中签约专题活动项目", P=DAY),
    F("120亿元", 12000000000, "元", **ZK, M="投资金额", P=DAY),
    F("4项", 4, "项", **ZK, M="参加网络签约项目", P=DAY),
    F("40亿元", 4000000000, "元", **ZK, M="项目投资", P=DAY),
    F("40多家", 40, "家", **ZK, M="邀请企业", P=DAY),
    F("200余人", 200, "人", **ZK, M="参会人员", P=DAY),
]
DATES = [D("7月21日", DAY, inferred=True)]
EXCLUDE = []
