# gkfz.org.cn (an industry association site) repost of 天津市工业和信息化局; printed `发布时间:2024-05-07`; the
# `原文链接` line and the disclaimer cut.
# Zone: 武清开发区 (…开发区; primary null: the story is 天津's, 武清 an example). Not zones: 汽车园, 京滨工业园 (parks).
# Companies (short): 小米汽车 with `小米`, 理想汽车 with `理想`, 北京奔驰 with `奔驰` (the same makers named as brands
# later in the paragraph), and the suppliers 新伟祥, 达祥, 日进汽车, 海斯坦普, 海拉车灯. `昨天` gives no dated
# mention (no calendar text). Subjects: `我市` (天津) as printed, the makers for their own supplier counts, 武清区
# for its industry.
PUBLISHED = "2024-05-07"
PUBLISHED_INFERRED = False
XM, LX, BC = "小米汽车", "理想汽车", "北京奔驰"
ARTICLES = [A("我市为北京整车配套重点企业超120家", None)]
ZONES = [Z("武清开发区", ["武清开发区"])]
ENTERPRISES = [E(XM, ["小米"], kind="short"), E(LX, ["理想"], kind="short"), E(BC, ["奔驰"], kind="short"),
               E("新伟祥", kind="short"), E("达祥", kind="short"), E("日进汽车", kind="short"),
               E("海斯坦普", kind="short"), E("海拉车灯", kind="short")]
TJ, WQ, K, NOW = "我市", "武清区", "other", "2024-05"
FIGURES = [
    F("超120家", 120, "家", S=TJ, K=K, M="为北京整车配套的重点企业", P=NOW),
    F("45家", 45, "家", S=XM, K="enterprise", M="京津冀区域内的定点供应链企业", P=NOW),
    F("70家", 70, "家", S=LX, K="enterprise", M="京津冀区域内的定点供应链企业", P=NOW),
    F("55%", 55, "%", S=BC, K="enterprise", M="零部件的区域内采购额占全国", P=NOW),
    F("超过120家", 120, "家", S=TJ, K=K, M="为北京整车配套的重点企业", P=NOW),
    F("超过150家", 150, "家", S=WQ, K=K, M="汽车及新能源(智能网联)车产业关联企业", P=NOW),
    F("80家", 80, "家", S=WQ, K=K, M="规上企业", P=NOW),
    F("150余家", 150, "家", S=WQ, K=K, M="汽车产业关联企业", P=NOW),
    F("245亿元", 24500000000, "元", S=WQ, K=K, M="规上产值", P="2023"),
    F("7.2%", 7.2, "%", S=WQ, K=K, M="规上产值同比增长", P="2023", C=True),
    F("约20%", 20, "%", S=WQ, K=K, M="占全区规上工业总产值", P="2023"),
    F("55亿元", 5500000000, "元", S=WQ, K=K, M="完成产值", P=("2024-01", "2024-03")),
    F("14.8%", 14.8, "%", S=WQ, K=K, M="产值同比增长", P=("2024-01", "2024-03"), C=True),
]
DATES = [D("2024-05-07", "2024-05-07"), D("2023年", "2023"), D("2024年一季度", "2024-01", "2024-03")]
EXCLUDE = []
