# yxiu.cn (finance aggregator) copy of a 上证报中国证券网 item with the site's `AI导读` summary; the stored text breaks
# off mid-sentence in the 信公股份 paragraph (`区域创新`): cut after the paragraph before it, so no company name is
# left on the page. No printed date: the white paper reports `2024年` full-year results and `截至今年4月30日` →
# the year is 2025: `8月20日` (summary and body) → 2025-08-20, `今年4月30日` → 2025-04-30 (year inferred); published
# 2025-08 (inferred). `《…白皮书(2024年)》` (twice) is a document's name: no date (GUIDE; excluded), hence check.py's
# count note `2024年` gold 2, page 4. `2020年至2024年` → 2020..2024. `第二届` ordinal. Zone: 合肥高新区 (primary).
# Figures are the zone's listed companies' (subject the zone); the summary repeats `35家`, `近4600亿元`.
PUBLISHED = "2025-08"
PUBLISHED_INFERRED = True
HF = "合肥高新区"
Q = dict(S=HF, K="zone")
ARTICLES = [A("合肥高新区上市公司发展态势良好,区域经济高质量发展", HF)]
ZONES = [Z(HF, [HF])]
ENTERPRISES = []
FIGURES = [
    F("35家", 35, "家", **Q, M="境内外上市公司", P="2025-04-30"),
    F("近4600亿元", 460000000000, "元", **Q, M="上市公司总市值", P="2025-04-30"),
    F("35家", 35, "家", **Q, M="境内外上市公司", P="2025-04-30"),
    F("近4600亿元", 460000000000, "元", **Q, M="上市公司总市值", P="2025-04-30"),
    F("1796.08亿元", 179608000000, "元", **Q, M="上市公司总营收", P="2024"),
    F("7.05%", 7.05, "%", **Q, M="上市公司总营收同比增长", P="2024", C=True),
    F("35家", 35, "家", **Q, M="上市公司", P="2025-08-20"),
    F("80.09亿元", 8009000000, "元", **Q, M="上市公司归母净利润", P="2020"),
    F("176.48亿元", 17648000000, "元", **Q, M="上市公司归母净利润", P="2024"),
    F("53.3亿元", 5330000000, "元", **Q, M="上市公司研发费用", P="2020"),
    F("105.96亿元", 10596000000, "元", **Q, M="上市公司研发费用", P="2024"),
    F("12.39%", 12.39, "%", **Q, M="研发费用同比增长", P="2024", C=True),
]
DATES = [D("8月20日", "2025-08-20", inferred=True), D("8月20日", "2025-08-20", inferred=True),
         D("今年4月30日", "2025-04-30", inferred=True), D("2024年", "2024"), D("2020年至2024年", "2020", "2024"),
         D("2024年", "2024")]
EXCLUDE = ["白皮书(2024年)"]
