# m.pouringspot.com (a mobile news mirror); the URL path carries 2012/12/19, the page prints no date → inferred.
PUBLISHED = "2012-12-19"
PUBLISHED_INFERRED = True
TF = "天府新区"
CD = "成都"
ARTICLES = [A("成都在深圳招商签约117亿元 天府新区项目是签约重点", TF)]
ZONES = [Z(TF, [TF, "成都天府新区"])]
ENTERPRISES = [
    E("西门子", kind="short"), E("腾讯", kind="short"), E("华为", kind="short"), E("马士基", kind="short"),
    E("研祥集团", kind="group"),
    E("精工科技", kind="short"),
    E("海高投资公司", kind="short"),
    E("上海日用-友捷汽车电气公司", kind="short"),
    E("招商美冷(香港)控股有限公司"),
]
FIGURES = [
    F("117亿元", 11700000000, "元", S=CD, K="other", M="招商签约", P=None),
    F("111家", 111, "家", S=CD, K="other", M="参加企业", P=None),
    F("16个", 16, "个", S=CD, K="other", M="现场签约项目", P=None),
    F("9个", 9, "个", S=CD, K="other", M="先进制造业项目", P=None),
    F("73.7亿元", 7370000000, "元", S=CD, K="other", M="总投资", P=None),
    F("30亿元", 3000000000, "元", S="研祥集团", K="enterprise", M="投资", P=None),
    F("3.5亿元", 350000000, "元", S="精工科技", K="enterprise", M="拟投资", P=None, T=True),
    F("6.2亿元", 620000000, "元", S="海高投资公司", K="enterprise", M="拟投资", P=None, T=True),
    F("3亿元", 300000000, "元", S="上海日用-友捷汽车电气公司", K="enterprise", M="拟投资", P=None, T=True),
    F("0.35亿美元", 35000000, "美元", S="招商美冷(香港)控股有限公司", K="enterprise", M="拟投资", P=None, T=True),
]
DATES = []
