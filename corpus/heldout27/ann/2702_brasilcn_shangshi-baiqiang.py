# brasilcn.com (content farm, `转载` preview page) repost of a 中新网 wire item. Furniture kept: `正在阅读:` line with the
# headline (stored twice → one title), share/comment widgets, crumbs, an image file name with a timestamp
# (`…2024-11-17+12_59_58.jpg`: a file name, no date), the unreviewed-preview notice, the uploader line glued to its date
# (`julia2024/09/27 12:36:14`; the date is printed → published 2024-09-27, not inferred, though the wire dateline is
# 9月24日; clock no figure). Widget counters (`参与评论 0`, `21 阅读 0 评论 0 点赞`) are page furniture, no news
# quantity: excluded. The stored text breaks off in the third feature (`…比国家高`): cut after the second.
# Zones: 中关村科技园区 (canonical 中关村; bare `中关村` in the headline a variant), 上海张江高新区, 深圳高新区.
# `国家高新区` (generic), `40个国家高新区` (no places listed), `科技园区`, `中国高新区研究中心` (a research centre) are no
# zone mentions. primary_zone null: the story is about all national zones' listed companies (中关村 only leads the list).
# Enterprises: none named (`百强企业`, `上市公司` generic; 中国科学院科技战略咨询研究院 a research institute).
# Dates: the years inside the report and list names (`报告2024`, `榜单(2024)`) are no dates (GUIDE); `第五届`/`第二届`
# ordinals. Facts: the list's counts and averages refer to the 2024 list (period 2024).
PUBLISHED = "2024-09-27"
PUBLISHED_INFERRED = False
ZGC = "中关村"
ZJ = "上海张江高新区"
SZ = "深圳高新区"
BQ = dict(S="国家高新区上市公司创新能力百强企业", K="other", P="2024")
JZ = dict(S="国家高新区上市公司", K="other", P="2024")
ARTICLES = [A("国家高新区上市公司创新能力百强出炉 中关村领跑", None)]
ZONES = [Z(ZGC, ["中关村科技园区", "中关村"]), Z(ZJ, [ZJ]), Z(SZ, [SZ])]
ENTERPRISES = []
FIGURES = [
    F("40个", 40, "个", **BQ, M="分布国家高新区"),
    F("23家", 23, "家", S=ZGC, K="zone", M="创新能力百强上市公司", P="2024"),
    F("8家", 8, "家", S=ZJ, K="zone", M="创新能力百强上市公司", P="2024"),
    F("7家", 7, "家", S=SZ, K="zone", M="创新能力百强上市公司", P="2024"),
    F("43亿元", 4300000000, "元", **BQ, M="平均研发投入"),
    F("4.3亿元", 430000000, "元", **JZ, M="研发投入均值"),
    F("4317项", 4317, "项", **BQ, M="平均核心技术储备"),
    F("425项", 425, "项", **JZ, M="核心技术储备均值"),
]
DATES = [D("2024/09/27", "2024-09-27"), D("9月24日", "2024-09-24", inferred=True)]
EXCLUDE = ["2024-11-17+12_59_58", "12:36:14", "21 阅读 0 评论 0 点赞", "参与评论\n0", "评价报告2024", "榜单(2024)"]
