# 顶尖财经网 (58188.com), company announcement digest; printed 加入日期 2023-7-4 (also in the 讯 line).
# 宜昌高新技术产业开发区 (named through its 管委会) is a zone; 白洋工业园 is a park inside. 湖北省晟康化工有限公司
# (暂定名) is a registered name as printed; `全资子公司` (以下简称) is a generic word, not a short name.
# `年产2.5万吨特种新材料建设项目` is a project name (no figure); `7-10年` is a duration in 年 (no figure).
PUBLISHED = "2023-07-04"
PUBLISHED_INFERRED = False
GK = "广康生化"
YC = "宜昌高新区"
ARTICLES = [A("广康生化:拟25亿元投资建设特种化学品新材料生产基地", YC)]
ZONES = [Z(YC, ["宜昌高新技术产业开发区"])]
ENTERPRISES = [E(GK, kind="short"), E("湖北省晟康化工有限公司")]
FIGURES = [
    F("25亿元", 2500000000, "元", S=GK, K="enterprise", M="投资", P=None, T=True),
    F("360亩", 360, "亩", S=GK, K="enterprise", M="拟购置土地", P=None, T=True),
    F("25亿元", 2500000000, "元", S=GK, K="enterprise", M="总投资", P=None, T=True),
    F("5亿元", 500000000, "元", S=GK, K="enterprise", M="第一期项目拟投资", P=None, T=True),
    F("24个月", 24, "个月", S=GK, K="enterprise", M="建设期", P=None, T=True),
]
DATES = [D("2023-7-4", "2023-07-04"), D("2023-7-4", "2023-07-04")]
