# zhuhai.021cf.cn (a factory-listing portal reposting 南都 news). 第十四届中国航展 was held in Nov 2022 → year 2022, inferred.
# 华发 in `华发大数据中心二期` is a variant of 华发集团.
# `5.0产业新空间` is a name (not a figure); `港湾7号` is a building name. 高新建投 / 高新金投 are zone-owned companies (short).
PUBLISHED = "2022-11"
PUBLISHED_INFERRED = True
ZH = "珠海高新区"
M11 = "2022-11"
ARTICLES = [A("14个项目集中签约11月高新区招商引资再传捷报", ZH)]
ZONES = [Z(ZH, [ZH, "高新区"])]
ENTERPRISES = [
    E("新瑞能源", kind="short"),
    E("欧冶半导体", kind="short"),
    E("麦斯塔微电子", kind="short"),
    E("高新建投", kind="short"),
    E("高新金投", kind="short"),
    E("华发集团", ["华发"], kind="group"),
    E("格力集团", kind="group"),
]
FIGURES = [
    F("14个", 14, "个", S=ZH, K="zone", M="项目集中签约", P=M11),
    F("14个", 14, "个", S=ZH, K="zone", M="重点项目现场签约", P="2022-11-11"),
    F("30个", 30, "个", S=ZH, K="zone", M="重点签约及入驻5.0产业新空间项目", P=M11),
    F("近80亿元", 8000000000, "元", S=ZH, K="zone", M="拟投资金额", P=M11),
    F("超150亿元", 15000000000, "元", S=ZH, K="zone", M="预计达产产值", P=None, T=True),
    F("24个", 24, "个", S=ZH, K="zone", M="第二批5.0产业新空间入驻项目", P=M11),
    F("38个", 38, "个", S=ZH, K="zone", M="累计入驻5.0产业新空间项目", P=M11),
    F("约35万平方米", 350000, "平方米", S=ZH, K="zone", M="总入驻面积", P=M11),
]
DATES = [D("11月", "2022-11", inferred=True), D("11月11日", "2022-11-11", inferred=True), D("11月", "2022-11", inferred=True)]
