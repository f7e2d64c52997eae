# tmuyun.com (浙江 media-cloud app page of 歌画东阳, county media): headline first, reporter/photographer line, then the
# printed `2023-04-21 14:21` glued to the read counter `5907阅读` (clock and counter are page furniture, excluded as one
# string). The stored text broke off mid-sentence (`感受东阳持续优化`): cut after `…总投资120亿元。`.
# Dates: printed `2023-04-21` → published; `4月21日` → 2023-04-21 and `今年4月` → 2023-04 (inferred); `1997年`,
# `2020年12月`, `2024年` (completion year). Enterprises: 东阳光集团 (group); 东阳光 and 东阳光药, the two listed companies
# named as such (short; `东阳光` also stands for the group in `东阳光现任“掌门人”`, kept one entry); 浙江发布 is a
# media account, no company. No zone (南马镇, 东阳 are places; bases are no zones). `七大基地`, `两家`, `三大` small counts.
# Facts: the 铝电解电容器 project's sales and tax on completion (2024, target), the new agreement's total (target,
# signed 今年4月).
PUBLISHED = "2023-04-21"
PUBLISHED_INFERRED = False
DY = "东阳光集团"
ARTICLES = [A("追寻了不起的“金地瓜” 浙江“地瓜经济”主题报道首站走进东阳", None)]
ZONES = []
ENTERPRISES = [E(DY, kind="group"), E("东阳光", kind="short"), E("东阳光药", kind="short")]
FIGURES = [
    F("60亿元左右", 6000000000, "元", S=DY, K="enterprise", M="铝电解电容器项目年销售收入", P="2024", T=True),
    F("2亿元", 200000000, "元", S=DY, K="enterprise", M="铝电解电容器项目年纳税", P="2024", T=True),
    F("120亿元", 12000000000, "元", S=DY, K="enterprise", M="全面战略合作项目总投资", P="2023-04", T=True),
]
DATES = [D("2023-04-21", "2023-04-21"), D("4月21日", "2023-04-21", inferred=True), D("1997年", "1997"),
         D("2020年12月", "2020-12"), D("2024年", "2024"), D("今年4月", "2023-04", inferred=True)]
EXCLUDE = ["14:215907阅读"]
