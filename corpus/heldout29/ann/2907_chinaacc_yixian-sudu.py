# chinaacc.com (accounting-exam portal, news column) copy of a 锦州 county story on 义县; the `【我要纠错】`, editor line
# and exam-menu tables after the body cut. Two-part headline kept as printed (with its space). No printed date: the
# timeline (`2009年` a past year, `2010年3月`… planned) puts the Spring Festival visit in 2010: `正月初三` → 2010-02-16
# (Spring Festival 2010 = 14 Feb; lunar day, heldout16 NEW; year inferred), published `2010-02` inferred. Future and
# past months of the schedule are dates each. `5个百亿产业集群` (headline and body): `5个` is a count figure, `百亿` a
# size class. No zone: 七里河工业园区 and 高台子工业园区 are county parks (not city-rank …工业园区), 凌北经济区 no GUIDE
# zone. Company: 义县国大乳业有限公司 (registered).
PUBLISHED = "2010-02"
PUBLISHED_INFERRED = True
GD = dict(S="义县国大乳业有限公司", K="enterprise")
YX = dict(S="义县", K="other")
QL = dict(S="七里河工业园区", K="other")
ARTICLES = [A("全面规划5个百亿产业集群 春节里感受“义县速度”", None)]
ZONES = []
ENTERPRISES = [E("义县国大乳业有限公司")]
FIGURES = [
    F("5个", 5, "个", **YX, M="百亿产业集群", T=True),
    F("5亿余元", 500000000, "元", **GD, M="乳品深加工项目投资"),
    F("22.6万吨", 226000, "吨", **GD, M="年产乳制品", T=True),
    F("22亿元", 2200000000, "元", **GD, M="年销售收入", T=True),
    F("2.6亿元", 260000000, "元", **YX, M="起步区基础设施投资"),
    F("3平方公里", 3, "平方公里", **QL, M="起步区面积"),
    F("32家", 32, "家", **QL, M="落户企业", P="2010-02"),
    F("5个", 5, "个", **YX, M="百亿产业集群", T=True),
    F("10次", 10, "次", **YX, M="主题概念招商活动", P="2009"),
    F("110项", 110, "项", **YX, M="合作意向及协议", P="2009"),
    F("45项", 45, "项", **YX, M="签约项目", P="2009"),
    F("42.5亿元", 4250000000, "元", **YX, M="协议引资金额", P="2009"),
]
DATES = [D("正月初三", "2010-02-16", inferred=True), D("2009年9月", "2009-09"), D("2010年3月", "2010-03"),
         D("2010年7月", "2010-07"), D("2011年3月", "2011-03"), D("2011年6月", "2011-06"), D("2009年", "2009")]
EXCLUDE = []
