# lyctp.gov.cn (临沂国家高新区 administration site), repost of 琅琊新闻网 (临沂日报 media group). Site banner and crumbs
# kept; printed `发布日期:2019-06-15`. Whole as returned. Title = the headline without the source tag `【琅琊新闻网】`
# (heldout10: forum tags and issue tags are no part of a title).
# Zone 临沂高新区: the banner's full name `临沂国家高新技术产业开发区` and bare `高新区` are variants.
# Companies: 普洛斯 (short), 鑫湖集团/天元集团/宏原集团 (group), companies heading project names are short
# (Cosmo, 味奇, 德仕乐 with its printed place form `台州德仕乐`, 润东 with `江苏润东`; heldout10). 北京101中学 is a school
# (`101` inside a name excluded). `世界500强` is a size class/rank (no figure). `5个月` in the headline is a duration in
# months (GUIDE kind duration). `1-5月份` → 2019-01..2019-05 (year inferred from the print date).
PUBLISHED = "2019-06-15"
PUBLISHED_INFERRED = False
LY = "临沂高新区"
ZK = dict(S=LY, K="zone")
P15 = ("2019-01", "2019-05")
Y = 100000000
ARTICLES = [A("5个月高新区签约引进产业化项目16个", LY)]
ZONES = [Z(LY, ["临沂国家高新技术产业开发区", "临沂高新区", "高新区"])]
ENTERPRISES = [
    E("普洛斯", kind="short"),
    E("鑫湖集团", kind="group"),
    E("Cosmo", kind="short"),
    E("味奇", kind="short"),
    E("天元集团", kind="group"),
    E("德仕乐", ["台州德仕乐"], kind="short"),
    E("润东", ["江苏润东"], kind="short"),
    E("宏原集团", kind="group"),
]
FIGURES = [
    F("5个月", 5, "个月", **ZK, M="签约引进期", P=P15),
    F("16个", 16, "个", **ZK, M="签约引进产业化项目", P=P15),
    F("36次", 36, "次", **ZK, M="招商活动", P=P15),
    F("40余个", 40, "个", **ZK, M="考察对接项目", P=P15),
    F("5个", 5, "个", **ZK, M="近期有望签约项目", P=None, T=True),
    F("16个", 16, "个", **ZK, M="签约引进产业化项目", P=P15),
    F("近77亿元", 77*Y, "元", **ZK, M="协议总投资", P=P15),
    F("20亿元", 20*Y, "元", S="天元集团", K="enterprise", M="投资", P=None),
    F("14亿元", 14*Y, "元", S="德仕乐", K="enterprise", M="投资", P=None),
    F("7.05亿元", 7.05*Y, "元", S="润东", K="enterprise", M="投资", P=None),
]
DATES = [
    D("2019-06-15", "2019-06-15"),
    D("1-5月份", P15[0], P15[1], inferred=True),
    D("1-5月份", P15[0], P15[1], inferred=True),
]
EXCLUDE = ["500强", "北京101中学"]
