# m.chinaxiaokang.com (中国小康网, national portal) finance channel; no printed date. The year comes from the page
# itself: `龙年首份招商引资“答卷”` with `截至2月底` → 2024 (the 龙年 of early 2024): published `2024` inferred,
# `截至2月底` → 2024-02 (year inferred). Cut after the last complete paragraph (the next broke off).
# Zone 杭州湾上虞经济技术开发区 (`浙江…` printed once; `杭州湾上虞经开区`, bare `经开区` variants). Size classes
# (`百亿级`, `50亿级`, `10亿级`) are no figures, their counts (`1个`, `2个`) are. 北京恒泰洁能科技有限公司 with
# `恒泰洁能` (heading its project) and `恒泰洁能公司` as variants; 永农 heads its project name (short, heldout7).
# Signed-project counts are levels at 2024-02; `将投资`, `计划总投资`, `预计` → targets.
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
SY = "杭州湾上虞经济技术开发区"
ZK = dict(S=SY, K="zone")
HT = "北京恒泰洁能科技有限公司"
YN = "永农"
ARTICLES = [A("杭州湾上虞经开区奏响招商引资“春之曲”", SY)]
ZONES = [Z(SY, ["浙江杭州湾上虞经济技术开发区", "杭州湾上虞经开区", "经开区"])]
ENTERPRISES = [E(HT, ["恒泰洁能", "恒泰洁能公司"]), E(YN, kind="short")]
FEB = "2024-02"
FIGURES = [
    F("超183亿元", 18300000000, "元", **ZK, M="计划总投资额", T=True),
    F("4个", 4, "个", **ZK, M="签约落户项目", P=FEB),
    F("4个", 4, "个", **ZK, M="签约项目", P=FEB),
    F("1个", 1, "个", **ZK, M="百亿级项目", P=FEB),
    F("1个", 1, "个", **ZK, M="50亿级项目", P=FEB),
    F("2个", 2, "个", **ZK, M="10亿级项目", P=FEB),
    F("10.82亿元", 1082000000, "元", S=HT, K="enterprise", M="投资", T=True),
    F("106亿元", 10600000000, "元", S=YN, K="enterprise", M="计划总投资", T=True),
    F("141.28亿元", 14128000000, "元", S=YN, K="enterprise", M="年销售收入", T=True),
]
DATES = [D("截至2月底", FEB, inferred=True)]
EXCLUDE = ["50亿级", "10亿级"]
