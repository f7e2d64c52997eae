# aksxw.com (阿克苏新闻网, prefecture news portal) carrying a 石榴云/新疆日报 (provincial paper) item; share widgets
# (`扫一扫关注`, `微博`, `Qzone`) and the printed `发布时间: 2022-11-15 10:46:18` kept (published, clock no figure); the
# trailing `责任编` fragment cut. A photo caption (`9月28日,…发运。种玉忠 摄`) stands in the body: its date counts.
# Dates: `前10月` (headline) and `1—10月` (twice) → 2022-01..2022-10, year from the printed date and `2022年`.
# Zone: none (霍尔果斯交通物流园, 霍尔果斯消费电子产业园 are parks/projects).
# Enterprises: six registered names; `天利高新石化` and `天利高新` are short forms of 新疆天利高新石化股份有限公司,
# `合盛硅业` of 新疆合盛硅业新材料有限公司 (variants). Companies heading project names are short entries
# (heldout10/16): 东方希望 (`东方希望年产12万吨多晶硅…项目`), 康润洁 (`奎屯康润洁聚乳酸…项目`, 奎屯 is the city).
# 自治区发展改革委 (government), 石榴云/新疆日报 (media) are no enterprises.
# Figures: capacities inside device/project names are no figures (GUIDE `6英寸晶圆…项目`, heldout16 `2.3萬噸選廠`):
# `20万吨/年EVA装置`, `20万吨/年EVA项目`, `30万锭环纺建设项目`, `年产20万吨硅氧烷…项目` (twice), `150万锭棉纺纱建设项目`,
# `6万吨聚甲醛项目`, `年产12万吨多晶硅(二期)9万吨多晶硅项目`; `5G基础设施` is a name. The headline's `120.8%` and the
# body's count twice. `今年以来` figures take 2022-01..2022-11; `年度计划投资240亿元` is a plan (target).
PUBLISHED = "2022-11-15"
PUBLISHED_INFERRED = False
XJ = dict(S="新疆", K="other")
P10 = ("2022-01", "2022-10")
PYTD = ("2022-01", "2022-11")
ARTICLES = [A("前10月新疆重点产业项目完成投资计划120.8%", None)]
ZONES = []
ENTERPRISES = [E("新疆天利高新石化股份有限公司", ["天利高新石化", "天利高新"]), E("新疆利华纺织有限公司"),
               E("新疆合盛硅业新材料有限公司", ["合盛硅业"]), E("新疆睿泽纺织有限公司"), E("新疆心连心能源化工有限公司"),
               E("东方希望", kind="short"), E("康润洁", kind="short")]
FIGURES = [
    F("120.8%", 120.8, "%", **XJ, M="重点产业项目完成投资计划", P=P10),
    F("289.8亿元", 28980000000, "元", **XJ, M="重点产业项目完成投资", P=P10),
    F("120.8%", 120.8, "%", **XJ, M="重点产业项目完成投资为年计划", P=P10),
    F("12个", 12, "个", **XJ, M="建成投产重大产业项目", P=PYTD),
    F("318亿元", 31800000000, "元", **XJ, M="建成投产项目总投资", P=PYTD),
    F("9个", 9, "个", **XJ, M="超额完成年度投资目标任务产业项目", P=PYTD),
    F("45个", 45, "个", **XJ, M="新开工建设产业项目", P=P10),
    F("195.7亿元", 19570000000, "元", **XJ, M="新开工项目完成投资", P=P10),
    F("87个", 87, "个", **XJ, M="实施产业类重点项目", P="2022"),
    F("4804亿元", 480400000000, "元", **XJ, M="产业类重点项目总投资", P="2022"),
    F("240亿元", 24000000000, "元", **XJ, M="年度计划投资", P="2022", T=True),
]
DATES = [D("前10月", "2022-01", "2022-10", inferred=True), D("2022-11-15", "2022-11-15"),
         D("1—10月", "2022-01", "2022-10", inferred=True), D("9月16日", "2022-09-16", inferred=True),
         D("9月28日", "2022-09-28", inferred=True), D("1—10月", "2022-01", "2022-10", inferred=True),
         D("2022年", "2022")]
EXCLUDE = ["10:46:18", "20万吨/年EVA装置", "20万吨/年EVA项目", "30万锭环纺", "年产20万吨硅氧烷", "150万锭棉纺纱",
           "6万吨聚甲醛", "年产12万吨多晶硅(二期)9万吨多晶硅", "5G"]
