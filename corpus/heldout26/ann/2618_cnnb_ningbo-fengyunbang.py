# daily.cnnb.com.cn (宁波日报 e-paper, page A1 要闻): page furniture kept (`第A1版:要闻 4下一版`, `标题导航`, `dlrb`,
# the printed `2023年07月15日 星期六` (published), `3 上一篇  下一篇 4` navigation numbers: no figures). Cut after the
# paragraph on the tax top-50 (the next one breaks off).
# Title: the main headline `“宁波经济奥斯卡”揭晓`; the line under it (`50个榜单亮相创业创新风云榜`) is the deck
# (副题), no part of the title — its figure `50个` counts.
# Zone: none. Enterprises: none named (the lists' firms are counted, not named).
# Dates: `2006年`. Not dates (GUIDE: names): `2022宁波创业创新风云榜` (the list's name), `2022年度宁波市高质量发展“明星”
# 企业`, `2022年度宁波市总部经济10强企业` (list names). `昨天`, `今年`, `往年` have no printed calendar value.
# Figures: counts of lists and firms of the 2022 list (period 2022). `第18年` is an ordinal, `10强`/`50强` list names,
# `五大` a small count.
PUBLISHED = "2023-07-15"
PUBLISHED_INFERRED = False
FY = dict(S="2022宁波创业创新风云榜", K="other", P="2022")
ARTICLES = [A("“宁波经济奥斯卡”揭晓", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("50个", 50, "个", **FY, M="榜单"),
    F("50个", 50, "个", **FY, M="榜单"),
    F("492家", 492, "家", **FY, M="上榜企业"),
    F("302家", 302, "家", **FY, M="工业企业"),
    F("150家", 150, "家", **FY, M="服务业企业"),
    F("20家", 20, "家", **FY, M="房地产企业"),
    F("20家", 20, "家", **FY, M="农业企业"),
    F("33个", 33, "个", **FY, M="调整、新增榜单"),
]
DATES = [D("2023年07月15日", "2023-07-15"), D("2006年", "2006")]
EXCLUDE = ["第A1版", "4下一版", "3 上一篇  下一篇 4", "2022宁波创业创新风云榜", "2022年度宁波市高质量发展", "2022年度宁波市总部经济10强",
           "第18年", "50强"]
