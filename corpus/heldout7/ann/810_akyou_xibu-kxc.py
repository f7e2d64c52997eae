# akyou.com.cn (爱客网) copy of a 新华网 story, printed 2021-12-30 09:54:09 (clock no figure). Cut after
# `(文章来源:新华网)` (site footer follows). 西部(重庆)科学城 is not a GUIDE zone form (…科学城, like heldout4's …科技城);
# 重庆高新区 (its core area's 直管园) is the one zone, but the article is about the whole 科学城 → primary_zone null.
# 中国平安 heads a project name (中国平安科学城大健康科技园一期) → short entry (heldout5/6). `2021年四季度重点项目集中
# 开工活动`: a ceremony's quarter is a date (heldout3/4/6). Thresholds `200亿元以上` etc. are figures (approx).
PUBLISHED = "2021-12-30"
PUBLISHED_INFERRED = False
KX = "西部(重庆)科学城"
D22 = "2021-12-22"
def k(t, v, u, m, s=KX, sk="other"): return F(t, v, u, S=s, K=sk, M=m, P=D22)
ARTICLES = [A("西部(重庆)科学城新一轮重大项目开工 总投资1063亿元", None)]
ZONES = [Z("重庆高新区", ["重庆高新区"])]
ENTERPRISES = [E("中国平安", kind="short")]
FIGURES = [
    k("1063亿元", 106300000000, "元", "开工项目总投资"),
    k("50个", 50, "个", "集中开工重点项目"),
    k("1063亿元", 106300000000, "元", "总投资额"),
    k("200亿元以上", 20000000000, "元", "项目投资金额"),
    k("1个", 1, "个", "投资200亿元以上项目"),
    k("50亿元以上", 5000000000, "元", "项目投资金额"),
    k("5个", 5, "个", "50亿元以上项目"),
    k("10亿元以上", 1000000000, "元", "项目投资金额"),
    k("27个", 27, "个", "10亿元以上项目"),
    k("7个", 7, "个", "科技创新类项目"),
    k("125亿元", 12500000000, "元", "科技创新类总投资"),
    k("29个", 29, "个", "产业发展类项目"),
    k("563亿元", 56300000000, "元", "产业发展类总投资"),
    k("14个", 14, "个", "城市建设类项目"),
    k("375亿元", 37500000000, "元", "城市建设类总投资"),
    k("15个", 15, "个", "核心区项目", s="重庆高新区", sk="zone"),
    k("660亿元", 66000000000, "元", "核心区总投资", s="重庆高新区", sk="zone"),
    k("62%", 62, "%", "占集中开工项目总投资额", s="重庆高新区", sk="zone"),
]
DATES = [
    D("2021-12-30", "2021-12-30"),
    D("2021年四季度", "2021-10", "2021-12"),
    D("22日", D22, inferred=True),
]
EXCLUDE = ["09:54:09"]
