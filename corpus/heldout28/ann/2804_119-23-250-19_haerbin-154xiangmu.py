# 119.23.250.19 (bare-IP content farm) copy of a 中新网 wire; the odd source code `sp20241116` and the printed
# `2024-11-16 21:19:06` (clock no figure) kept; published as printed although the wire is of 10月23日 (heldout16's 1609).
# The stored text breaks off in the last paragraph (`已有6家企业签订入驻意向协`): cut after the 新材料 paragraph
# (so the cut 6个/7类 of the 战兴产业 paragraph are not on the page).
# Dates: headline `今年前9个月` (span 2024-01..2024-09, inferred), `10月23日` (dateline) and bare `23日` (2024-10-23,
# inferred), `2024年1-9月` (printed span). Companies heading projects are short entries (heldout10): 联合飞机, 工大卫星,
# 航发东安, 云枫汽车, 东安动力, 中移动, 科友半导体, 恩维, 三联药业, 东方基因, 同创普润; groups 钦实集团, 国药集团.
# Not companies: 哈工大/哈工程 (universities), 玻璃钢研究院 (institute), 中新网 (media). No zone.
# `20万台` is the 东安动力 project's annual capacity stated as a clause (`年产20万台…项目建成投产`): NOTE — it stands in
# the project's name (`年产20万台新能源混动发动机项目`), so by heldout10's rule (capacities inside project names) it is
# no figure and is listed in EXCLUDE. `万卡智算中心` is a name (no digits, no figure).
PUBLISHED = "2024-11-16"
PUBLISHED_INFERRED = False
HRB = dict(S="哈尔滨市", K="other")
P9 = ("2024-01", "2024-09")
ARTICLES = [A("哈尔滨市:今年前9个月新签约落地招商项目154个 同比增加21个", None)]
ZONES = []
ENTERPRISES = [E("联合飞机", kind="short"), E("工大卫星", kind="short"), E("航发东安", kind="short"),
               E("钦实集团", kind="group"), E("云枫汽车", kind="short"), E("东安动力", kind="short"),
               E("中移动", kind="short"), E("科友半导体", kind="short"), E("恩维", kind="short"),
               E("国药集团", kind="group"), E("三联药业", kind="short"), E("东方基因", kind="short"),
               E("同创普润", kind="short")]
FIGURES = [
    F("154个", 154, "个", **HRB, M="新签约落地招商项目", P=P9),
    F("21个", 21, "个", **HRB, M="新签约落地招商项目同比增加", P=P9, C=True),
    F("154个", 154, "个", **HRB, M="新签约落地招商项目", P=P9),
    F("21个", 21, "个", **HRB, M="新签约落地招商项目同比增加", P=P9, C=True),
    F("25亿元", 2500000000, "元", S="联合飞机", K="enterprise", M="大型无人机项目总投资"),
    F("43.4亿元", 4340000000, "元", S="中移动", K="enterprise", M="万卡智算中心总投资"),
]
DATES = [D("今年前9个月", "2024-01", "2024-09", inferred=True), D("2024-11-16", "2024-11-16"),
         D("10月23日", "2024-10-23", inferred=True), D("23日", "2024-10-23", inferred=True),
         D("2024年1-9月", "2024-01", "2024-09")]
EXCLUDE = ["21:19:06", "sp20241116", "年产20万台"]
