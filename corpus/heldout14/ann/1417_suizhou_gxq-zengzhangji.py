# suizhou.gov.cn (随州 city government site, special-topic page), copy of a 随州日报 story. The stored text starts with
# the accessibility toolbar (`拼音`, `辅助浏览`, … `换肤`, one word a line), then the headline, meta bullets
# (`发布时间:2017-07-07 10:12`, clock no figure; source, editor, reviewer) and `打印`. Cut after the last complete
# paragraph (the next one breaks off).
# Zone 随州高新区 (bare `高新区` four times, a variant). Companies: 齐星集团 (group), 叶开泰国药 (twice), 中盐红四方,
# 三得利肥业, 黄鹤楼酒业 (short, heading projects or named as acquirer/target), 湖北三箭建筑公司 and
# 深圳古瑞瓦特新能源公司 (`…公司` without 有限 → short), 国电投 (short; printed only as its branch `国电投湖北分公司`,
# kept as the variant, as heldout10 keeps a bank for its branch). 闵顺游乐园 is an amusement park (a place/project).
# Figures: `约22亿元` (一期投资 of a project to be built → target), `17亿元` (project total), `5亿元以上` (年新增产值,
# change and target), `1万吨` (planned capacity stated in the sentence, target; not a project name).
PUBLISHED = "2017-07-07"
PUBLISHED_INFERRED = False
SZ = "随州高新区"
ARTICLES = [A("随州高新区打造全市经济第一增长极", SZ)]
ZONES = [Z(SZ, [SZ, "高新区"])]
ENTERPRISES = [
    E("齐星集团", kind="group"),
    E("叶开泰国药", kind="short"),
    E("国电投", ["国电投湖北分公司"], kind="short"),
    E("中盐红四方", kind="short"),
    E("三得利肥业", kind="short"),
    E("湖北三箭建筑公司", kind="short"),
    E("黄鹤楼酒业", kind="short"),
    E("深圳古瑞瓦特新能源公司", kind="short"),
]
FIGURES = [
    F("约22亿元", 2200000000, "元", S="国电投", K="enterprise", M="天然气综合智慧能源项目一期投资", P=None, T=True),
    F("17亿元", 1700000000, "元", S="叶开泰国药", K="enterprise", M="扩能项目总投资", P=None),
    F("5亿元以上", 500000000, "元", S="中盐红四方", K="enterprise", M="年新增产值", P=None, C=True, T=True),
    F("1万吨", 10000, "吨", S="黄鹤楼酒业", K="enterprise", M="年产产能", P=None, T=True),
]
DATES = [D("2017-07-07", "2017-07-07")]
EXCLUDE = ["10:12"]
