# hsdnf.com (a town government's WeChat mirror, `招商动态` channel): 中册镇's signing with a food company; whole as
# returned up to the QR-code/tipping widget, which is cut. Printed `2018-12-16` → published; `11月30日` → 2018 (inferred).
# Company: 无穷食品有限公司 (registered); `无穷食品` in `无穷食品(山东)生产基地` and `无穷食品研发中心` is its short name
# (variant). 重点实验室, 研发中心 are no enterprises. `三年`, `连续三年` small Chinese counts/durations: no figures.
# The project's total investment and floor area are plans (target), no period.
PUBLISHED = "2018-12-16"
PUBLISHED_INFERRED = False
WQ = "无穷食品有限公司"
ARTICLES = [A("中册镇招商引资工作取得新突破", None)]
ZONES = []
ENTERPRISES = [E(WQ, ["无穷食品"])]
FIGURES = [
    F("约11.8亿元", 1180000000, "元", S=WQ, K="enterprise", M="生产基地暨重点实验室建设项目总投资", T=True),
    F("约26万平方米", 260000, "平方米", S=WQ, K="enterprise", M="总建筑面积", T=True),
]
DATES = [D("2018-12-16", "2018-12-16"), D("11月30日", "2018-11-30", inferred=True)]
EXCLUDE = []
