# lzxq.gov.cn (兰州新区 administration's portal) item from 兰州新区报; crumbs and the date/source line kept; the site's
# footer (微信/微博 links, `返回顶部`, copyright, ICP number) cut after the last paragraph. Published: the printed
# `2021/09/17/` (its date text without the trailing slash; clock no figure); `9月15日` → 2021-09-15; `2021年重点招商引资项目`
# is the year of the project list (a date, not a list name). Title: the main headline; `李东新出席开工仪式` a subhead.
# Zone: 兰州新区 with bare `新区` (primary). Companies: 甘肃甘味乳业有限公司 (owner named in the project's name, subject
# of its investment figures) and 甘肃前进牧业有限公司 (registered), 甘肃德福, 博睿重装, 新希望 (short); the 基金会,
# 经贸协会 and media are none. The capacity inside the project's name `日处理1200吨乳品加工厂建设项目` (headline and
# body) is no figure (heldout16); the phase plan `建设1200吨…加工厂一座` / `600吨奶粉生产线` states capacities: figures
# (count note: `1200吨` gold 1, page 3). Investments of the started project are levels dated the ceremony day (heldout37);
# what the plant will produce (可实现…) are targets.
PUBLISHED = "2021-09-17"
PUBLISHED_INFERRED = False
LZ = "兰州新区"
GW = dict(S="甘肃甘味乳业有限公司", K="enterprise")
ARTICLES = [A("日处理1200吨乳品加工厂建设项目在新区开工", LZ)]
ZONES = [Z(LZ, [LZ, "新区"])]
ENTERPRISES = [E("甘肃甘味乳业有限公司"), E("甘肃前进牧业有限公司"), E("甘肃德福", kind="short"),
               E("博睿重装", kind="short"), E("新希望", kind="short")]
FIGURES = [
    F("10亿元", 1000000000, "元", **GW, M="项目总投资", P="2021-09-15"),
    F("6亿元", 600000000, "元", **GW, M="一期项目投资", P="2021-09-15"),
    F("1200吨", 1200, "吨", **GW, M="一期液态奶加工厂规模", T=True),
    F("4亿元", 400000000, "元", **GW, M="二期项目投资", P="2021-09-15"),
    F("600吨", 600, "吨", **GW, M="二期奶粉生产线规模", T=True),
    F("25.6亿元", 2560000000, "元", **GW, M="年产值", T=True),
    F("5000万元", 50000000, "元", **GW, M="利税", T=True),
    F("400多个", 400, "个", **GW, M="就业岗位", T=True),
]
DATES = [D("2021/09/17", "2021-09-17"), D("9月15日", "2021-09-15", inferred=True), D("2021年", "2021")]
EXCLUDE = ["10:23", "日处理1200吨"]
