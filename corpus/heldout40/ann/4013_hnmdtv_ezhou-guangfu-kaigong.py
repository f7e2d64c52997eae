# hnmdtv.com (content farm) copy of 湖北新闻; printed `时间:2022-08-16 19:50:26` (clock no figure), `(资料图)` kept;
# the editor line and site menu after the last paragraph cut.
# Title without the clickbait prefix `世界热头条丨`. Zone: 滨江科技新区 (…新区 by GUIDE's list; a district-level new
# area of 鄂城区; primary). Companies: 江西沐邦高科股份有限公司 (registered; `沐邦高科` its variant, also heading the
# project names), 中建三局 (short, contractor), 汕头市邦领贸易有限公司 (registered). `10GW` inside the project name
# `沐邦高科10GW TOPCON光伏电池生产基地…项目` is no figure; the stated `总年产能规模为10GW` is (COUNT note: gold 1,
# page 2). `投资百亿元` a Chinese-numeral amount with a scale word (figure, no digit). Units set by hand: `GW`,
# `㎡`, `千米` measure. After-completion output, tax and jobs are targets.
PUBLISHED = "2022-08-16"
PUBLISHED_INFERRED = False
BJ = "滨江科技新区"
MB = "江西沐邦高科股份有限公司"
BL = "汕头市邦领贸易有限公司"
ARTICLES = [A("总投资60亿元,湖北规模最大的光伏电池项目开工", BJ)]
ZONES = [Z(BJ, [BJ])]
ENTERPRISES = [E(MB, ["沐邦高科"]), E("中建三局", kind="short"), E(BL)]
DAY, EK, ZK = "2022-08-16", "enterprise", "zone"
FIGURES = [
    F("60亿元", 6000000000, "元", S=MB, K=EK, M="总投资", P=DAY),
    F("百亿元", 10000000000, "元", S=MB, K=EK, M="投资", P=DAY),
    F("约60亿元", 6000000000, "元", S=MB, K=EK, M="总投资额", P=DAY),
    F("约500亩", 500, "亩", S=MB, K=EK, M="规划用地", P=DAY),
    F("28万㎡", 280000, "㎡", kind="measure", S=MB, K=EK, M="厂房及建筑物", P=DAY, T=True),
    F("10GW", 10, "GW", kind="measure", S=MB, K=EK, M="总年产能规模", T=True),
    F("120亿元以上", 12000000000, "元", S=MB, K=EK, M="年产值", T=True),
    F("6亿元", 600000000, "元", S=MB, K=EK, M="年创造税收", T=True),
    F("2000人左右", 2000, "人", S=MB, K=EK, M="带来就业", T=True),
    F("约20亿元", 2000000000, "元", S=BL, K=EK, M="投资额", P=DAY),
    F("约300亩", 300, "亩", S=BL, K=EK, M="规划用地", P=DAY),
    F("超30亿元", 3000000000, "元", S=BL, K=EK, M="年产值", T=True),
    F("1.5亿元", 150000000, "元", S=BL, K=EK, M="年创造税收", T=True),
    F("1000余个", 1000, "个", S=BL, K=EK, M="就业岗位", T=True),
    F("22.59亿元", 2259000000, "元", S=BJ, K=ZK, M="长江智汇园项目总投资", P=DAY),
    F("6条", 6, "条", S=BJ, K=ZK, M="市政道路", P=DAY, T=True),
    F("约28万平方米", 280000, "平方米", S=BJ, K=ZK, M="新建产业园总建筑面积", P=DAY, T=True),
    F("6条", 6, "条", S=BJ, K=ZK, M="新建市政道路", P=DAY, T=True),
    F("11千米", 11, "千米", kind="measure", S=BJ, K=ZK, M="新建市政道路", P=DAY, T=True),
]
DATES = [D("2022-08-16", "2022-08-16"), D("8月16日", "2022-08-16", inferred=True)]
EXCLUDE = ["19:50:26", "沐邦高科10GW"]
