# zhaoshang-sh.com (上海招商网, investment portal; story from 上海开发区协会), crumbs and site name kept, printed
# `时间:2013-07-01 09:23:48` (clock no figure). Whole as returned. `25日上午` → 2013-06-25 (the 25th before the
# printed 1 July; year and month inferred).
# Zone 聊城经济技术开发区 named in full; `聊城开发区` (headline) and bare `开发区` are variants (heldout8).
# Companies: 光大控股 (`光大控股公司` variant), 红星美凯龙集团 (group; `红星美凯龙` heading its project is a variant),
# 雨润控股集团 (group; `雨润` heading the project name a variant), 中德石油装备公司 and 山东电力管道工程公司 (`…公司`
# without 有限 → short), 华建装备 (short), 艾科农业科技发展有限公司 (registered). The listed project names
# (`中德石油节能装备`, `水资源高端节能装备产业园`) are projects. `五个项目` small Chinese count. `78.2亿` (no 元) → "".
# `年产…3万台套` (stated capacity) and `计划总投资7亿元` are targets (heldout8).
PUBLISHED = "2013-07-01"
PUBLISHED_INFERRED = False
LC = "聊城经济技术开发区"
D25 = "2013-06-25"
ZK = dict(S=LC, K="zone")
ARTICLES = [A("聊城开发区78.2亿总额招商项目签约", LC)]
ZONES = [Z(LC, [LC, "聊城开发区", "开发区"])]
ENTERPRISES = [
    E("光大控股", ["光大控股公司"], kind="short"),
    E("红星美凯龙集团", ["红星美凯龙"], kind="group"),
    E("雨润控股集团", ["雨润"], kind="group"),
    E("中德石油装备公司", kind="short"),
    E("山东电力管道工程公司", kind="short"),
    E("华建装备", kind="short"),
    E("艾科农业科技发展有限公司"),
]
FIGURES = [
    F("78.2亿", 7820000000, "", kind="money", **ZK, M="招商项目签约总额", P=D25),
    F("78.2亿元", 7820000000, "元", **ZK, M="投融资总额", P=D25),
    F("1.2亿元", 120000000, "元", S="光大控股", K="enterprise", M="融资", P=D25),
    F("3万台套", 30000, "台套", S="中德石油装备公司", K="enterprise", M="年产油田系列专用设备", P=None, T=True),
    F("7亿元", 700000000, "元", S="山东电力管道工程公司", K="enterprise", M="计划总投资", P=None, T=True),
]
DATES = [D("2013-07-01", "2013-07-01"), D("25日", D25, inferred=True)]
EXCLUDE = ["09:23:48"]
