# blog.bobobk.com (personal blog repost) of a 中新社 wire on the 胡润《2024全球独角兽榜》. The blog's `最近发表/随机阅读`
# widgets after `(完)` cut. No printed date: dateline `4月9日电` with the list's `2024年1月1日` cutoff → published
# 2024-04-09 (inferred). Dates: `4月9日` and the bare day `9日` (same day, a calendar time; year inferred), `2000年`
# (成立于2000年之后), `2024年1月1日`; the list name `《2024全球独角兽榜》` is a document name (no date).
# Companies (short): 字节跳动 (twice), SpaceX, OpenAI, 胡润百富 (the company whose 董事长 speaks). Not enterprises:
# 胡润研究院 (a research institute, GUIDE), 中新社 (media). No zone (粤港澳大湾区 is no GUIDE zone).
# Figures: `10亿美元以上` (threshold, approx), ages `10岁`/`45岁` (quantities with digits), spelled fraction `四分之一`
# → 0.25 ratio (heldout16's `约三分之二`); `四家`/`一家` are small Chinese counts (no figure), `前十`/`第二` ranks.
# Facts: valuations and counts of the list refer to its cutoff 2024-01-01; `目前` (广州, 大湾区) resolves to the
# publication day.
PUBLISHED = "2024-04-09"
PUBLISHED_INFERRED = True
V = "2024-01-01"
def O(s, p=V): return dict(S=s, K="other", P=p)
def En(s): return dict(S=s, K="enterprise", P=V)
ARTICLES = [A("胡润研究院:全球独角兽企业集中于AI等三赛道", None)]
ZONES = []
ENTERPRISES = [E("字节跳动", kind="short"), E("SpaceX", kind="short"), E("OpenAI", kind="short"), E("胡润百富", kind="short")]
FIGURES = [
    F("1.56万亿元", 1.56e12, "元", **En("字节跳动"), M="价值"),
    F("10亿美元以上", 1e9, "美元", S="2024全球独角兽榜", K="other", M="入榜价值门槛"),
    F("1453家", 1453, "家", **O("全球"), M="独角兽企业"),
    F("53个", 53, "个", **O("全球"), M="独角兽企业分布国家"),
    F("291个", 291, "个", **O("全球"), M="独角兽企业分布城市"),
    F("4.6万亿美元", 4.6e12, "美元", **O("全球"), M="独角兽企业总价值"),
    F("703家", 703, "家", **O("美国"), M="独角兽企业"),
    F("48%", 48, "%", **O("美国"), M="独角兽企业占全球总数"),
    F("340家", 340, "家", **O("中国"), M="独角兽企业"),
    F("190家", 190, "家", **O("旧金山"), M="独角兽企业"),
    F("10岁", 10, "岁", **O("全球"), M="独角兽企业平均年龄"),
    F("45岁", 45, "岁", **O("全球"), M="创始人平均年龄"),
    F("78%", 78, "%", **O("全球"), M="来自三大赛道的独角兽企业占比"),
    F("四分之一", 0.25, "", kind="ratio", **O("中国"), M="拥有全球独角兽企业占比"),
    F("2350亿元", 235000000000, "元", **O("全球"), M="独角兽企业前十名门槛"),
    F("1.56万亿元", 1.56e12, "元", **En("字节跳动"), M="价值"),
    F("1.28万亿元", 1.28e12, "元", **En("SpaceX"), M="价值"),
    F("7100亿元", 710000000000, "元", **En("OpenAI"), M="价值"),
    F("24家", 24, "家", **O("广州", "2024-04-09"), M="独角兽企业"),
    F("70家", 70, "家", **O("粤港澳大湾区", "2024-04-09"), M="独角兽"),
]
DATES = [D("4月9日", "2024-04-09", inferred=True), D("9日", "2024-04-09", inferred=True), D("2000年", "2000"),
         D("2024年1月1日", "2024-01-01")]
EXCLUDE = ["《2024全球独角兽榜》"]
