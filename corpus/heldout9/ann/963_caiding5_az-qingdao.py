# gold.caiding5.cn (finance web portal) copy of a 齐鲁晚报·齐鲁壹点 story (provincial paper), printed
# `2025-11-06 15:46:56`, with an author tag `创始人` and a counter line `0` (furniture: no figure); cut before the
# `相关内容` teasers. Zone 青岛高新区 → primary_zone. Company 阿斯利康 (short). `第八届` (ordinal), `世界500强` (a
# ranking's name), `一条` (small Chinese count), `连续三年`/`三度` are no figures; `倍择瑞®令畅®` is a product.
# `11月5日` → 2025-11-05; `2023年3月`, `2027年`, `2030年`, `2024年` are dates. `追加投资` plans → target; the headline's
# amount is the same plan (target, no period).
PUBLISHED = "2025-11-06"
PUBLISHED_INFERRED = False
AZ = "阿斯利康"
QD = "青岛高新区"
ARTICLES = [A("阿斯利康1.36亿美元三度加码青岛高新区", QD)]
ZONES = [Z(QD, [QD])]
ENTERPRISES = [E(AZ, kind="short")]
FIGURES = [
    F("1.36亿美元", 136000000, "美元", S=AZ, K="enterprise", M="追加投资", P=None, T=True),
    F("80亩", 80, "亩", S=AZ, K="enterprise", M="现有项目地块", P="2025-11"),
    F("约1.36亿美元", 136000000, "美元", S=AZ, K="enterprise", M="追加投资", P=None, T=True),
    F("超过540亿美元", 54000000000, "美元", S=AZ, K="enterprise", M="全球营收", P="2024"),
]
DATES = [
    D("2025-11-06", "2025-11-06"),
    D("11月5日", "2025-11-05", inferred=True),
    D("2023年3月", "2023-03"),
    D("2027年", "2027"),
    D("2030年", "2030"),
    D("2024年", "2024"),
]
EXCLUDE = ["15:46:56\n0", "500强"]
