# muslem.net.cn (portal, `宏观` channel) repost of a national-media feature on large foreign investments; the stored text
# broke off mid-quote (`“新厂按绿色智能工厂标准建造,…档次也提高`) → cut after the last complete paragraph. No printed
# date: `去年前11个月` with `2019年11月23日` as a past event → published `2020` (inferred); `去年前11个月` → 2019-01..11.
# Zone: 苏州工业园区 (city-rank 工业园区, named where SIG's plant is built); the article is about none.
# Companies: 特斯拉 (short), 巴斯夫欧洲公司 (`…公司` without 有限 → short; `巴斯夫` its short form), SIG康美包公司 (short).
# Not figures: `1年时间` (span in 年), ranks (`第三大`, `第一大`). `1亿美元以上` is a threshold (figure, approx).
# Facts: project figures belong to the investing company; the national count/threshold to 中国. Planned capacities and
# the expected total (`预计达100亿美元`) are targets.
PUBLISHED = "2020"
PUBLISHED_INFERRED = True
BASF = "巴斯夫欧洲公司"
BF = dict(S=BASF, K="enterprise")
CN = dict(S="中国", K="other")
P19 = ("2019-01", "2019-11")
ARTICLES = [A("中国速度!中国产特斯拉汽车向公众交付", None)]
ZONES = [Z("苏州工业园区", ["苏州工业园区"])]
ENTERPRISES = [E("特斯拉", kind="short"), E(BASF, ["巴斯夫"], kind="short"), E("SIG康美包公司", kind="short")]
FIGURES = [
    F("约500亿元", 50000000000, "元", S="特斯拉", K="enterprise", M="超级工厂投资"),
    F("1亿美元以上", 100000000, "美元", **CN, M="外资大项目投资额", P=P19),
    F("722个", 722, "个", **CN, M="1亿美元以上外资大项目", P=P19),
    F("15.5%", 15.5, "%", **CN, M="外资大项目增长", P=P19, C=True),
    F("约9平方公里", 9, "平方公里", **BF, M="湛江项目规划面积"),
    F("100亿美元", 10000000000, "美元", **BF, M="湛江项目投资总额", T=True),
    F("100万吨", 1000000, "吨", **BF, M="乙烯蒸汽裂解装置年产能", T=True),
    F("6万吨", 60000, "吨", **BF, M="改性工程塑料产品", P="2022", T=True),
    F("29万吨", 290000, "吨", **BF, M="亚太地区改性工程塑料产品总产量", P="2022", T=True),
    F("14亿元", 1400000000, "元", S="SIG康美包公司", K="enterprise", M="亚太第三工厂总投资", P="2019-11"),
]
DATES = [D("去年前11个月", "2019-01", "2019-11", inferred=True), D("2019年11月23日", "2019-11-23"), D("2022年", "2022"),
         D("2030年", "2030"), D("2022年", "2022"), D("2020年10月", "2020-10")]
EXCLUDE = ["1年时间"]
