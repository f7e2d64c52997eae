# sz.scxxb.com.cn (a newspaper's mobile e-paper), a 龙岩市永定区 story; the loading string `等待处理…` and the printed
# `2024年10月30日` kept (published, and a dated mention). The stored text breaks off in the last quote: cut after the
# `截至2023年末` paragraph. `10月18日` → 2024 (inferred). `截至2023年末` → 2023-12.
# No zone: 永定工业园区 is a district's park (GUIDE counts city-rank …工业园区 only, like 苏州工业园区; README);
# its 光电信息产业园 etc. are parks. No company is named. `近4亿元` is what the 光电信息产业园 put into infrastructure
# (no period); `30多家` counted `目前` (the visit day).
PUBLISHED = "2024-10-30"
PUBLISHED_INFERRED = False
GD = dict(S="永定工业园区光电信息产业园", K="other")
YD = dict(S="永定工业园区", K="other", P="2023-12")
ARTICLES = [A("龙岩市永定区 筑巢引凤 加速产业集聚", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("近4亿元", 400000000, "元", **GD, M="基础设施投入"),
    F("30多家", 30, "家", **GD, M="引进光电信息企业", P="2024-10-18"),
    F("118家", 118, "家", **YD, M="入驻企业"),
    F("102.37亿元", 10237000000, "元", **YD, M="总产值"),
    F("1.49亿元", 149000000, "元", **YD, M="税收"),
]
DATES = [D("2024年10月30日", "2024-10-30"), D("10月18日", "2024-10-18", inferred=True), D("2023年末", "2023-12")]
EXCLUDE = []
