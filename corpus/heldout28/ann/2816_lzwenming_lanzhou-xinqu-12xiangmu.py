# lzwenming.gov.cn (兰州文明网, a city civility-office site) copy of a 兰州日报 item; crumbs, the printed
# `发表时间:2017-11-01` and the editor line kept; whole as returned.
# Zone: 兰州新区 (…新区, a national new area; primary), headline's bare `新区`; `兰州新区` also stands inside two project
# names. Companies: 中铁二十局集团市政工程有限公司, 辽宁大禹防水科技发展有限公司 (registered, heading projects).
# 熙熙小镇 is a project. Dates: `10月31日` (2017, inferred), the ceremony's `2017年` (date, heldout16), `2018年4月30日`,
# `2018年11月`, `2019年9月`, `2018年4月1日`. Figures: the 防水 base's stated capacities (`年产2000万平方米的…卷材`,
# twice, and `年产1000万平方米的…`) are figures (a clause, not a name); the capacities naming the last two projects
# (`年产2万吨豆浆、乳制品、饮料生产线和1万头母猪、年出栏20万头生猪养殖场两个项目`) are project names (heldout10: no
# figure). `12个` stands three times in the body besides the headline. Planned capacities and dates are targets.
PUBLISHED = "2017-11-01"
PUBLISHED_INFERRED = False
LZ = "兰州新区"
ZK = dict(S=LZ, K="zone", P="2017-10-31")
DY = "辽宁大禹防水科技发展有限公司"
DYK = dict(S=DY, K="enterprise")
XX = dict(S="熙熙小镇项目", K="other")
ARTICLES = [A("新区12个项目集中签约引资34.8亿元", LZ)]
ZONES = [Z(LZ, [LZ, "新区"])]
ENTERPRISES = [E("中铁二十局集团市政工程有限公司"), E(DY)]
FIGURES = [
    F("12个", 12, "个", **ZK, M="集中签约项目"),
    F("34.8亿元", 3480000000, "元", **ZK, M="引资"),
    F("12个", 12, "个", **ZK, M="招商引资项目合同"),
    F("12个", 12, "个", **ZK, M="集中签约项目"),
    F("34.8亿元", 3480000000, "元", **ZK, M="总投资"),
    F("12个", 12, "个", **ZK, M="签约项目"),
    F("约55亩", 55, "亩", **DYK, M="防水新材料产业基地项目占地"),
    F("16000万元", 160000000, "元", **DYK, M="投资总额"),
    F("2000万平方米", 20000000, "平方米", **DYK, M="年产改性沥青防水卷材", T=True),
    F("2000万平方米", 20000000, "平方米", **DYK, M="年产高分子湿铺自粘卷材", T=True),
    F("1000万平方米", 10000000, "平方米", **DYK, M="年产丙纶高分子卷材", T=True),
    F("约310亩", 310, "亩", **XX, M="占地"),
    F("74900万元", 749000000, "元", **XX, M="投资总额"),
]
DATES = [D("2017-11-01", "2017-11-01"), D("10月31日", "2017-10-31", inferred=True), D("2017年", "2017"),
         D("2018年4月30日", "2018-04-30"), D("2018年11月", "2018-11"), D("2019年9月", "2019-09"),
         D("2018年4月1日", "2018-04-01")]
EXCLUDE = ["年产2万吨", "1万头", "20万头"]
