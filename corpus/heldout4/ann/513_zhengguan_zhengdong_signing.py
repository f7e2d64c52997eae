# Stored text starts at the byline: no headline, no article title. Year not printed: the same
# ceremony is dated 2024年11月2日 by other outlets; published 2024-11-02, inferred.
# 郑州中原科技城 / 中原科技城 (科技城) and 龙子湖智慧岛 are not zones.
PUBLISHED = "2024-11-02"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = [Z("郑东新区", ["郑东新区"])]
ENTERPRISES = [
    E("新石器慧通(北京)科技有限公司", ["新石器公司", "新石器"]),
    E("仲景宛西制药", kind="short"),
]
S("郑东新区", "zone", "2024-11-02")
F("35个", 35, "个", m="签约项目")
F("超145亿元", 14500000000, "元", m="投资总额")
S("新石器慧通(北京)科技有限公司", "enterprise", None)
F("5.5万台", 55000, "台", m="累计落地模组", t=True)
F("2万台", 20000, "台", m="商业化落地无人车", t=True)
F("超20亿元", 2000000000, "元", m="产值收入", t=True)
F("超60亿元", 6000000000, "元", m="收入", t=True, s="钛酸锶装备制造生产基地暨锶产业研究院项目")
D("11月2日", "2024-11-02", None, True)
D("第四季度", "2024-10", "2024-12", True)
