# shangluo.gov.cn (商洛 city government, 工信局 channel `工作动态`), crumbs and an empty `点击次数:` kept, printed
# `发布时间:2025-05-28 16:14` (clock no figure). Whole as returned. Policy news with yearly targets.
# No zone: the city's `开发区` in general (no named zone). No companies (`“链主”企业` generic).
# Dates: `2025年`/`2026年`/`2027年` are target years (dates); the document name's `(2025-2027年)` is no date (GUIDE),
# so `2027年` has one gold entry for two page occurrences (count note, deliberate). `自2025年起` → 2025.
# `1000万元` yearly fund from 2025 on: target (安排, plan). `三年`, `六大行动` no figures.
PUBLISHED = "2025-05-28"
PUBLISHED_INFERRED = False
SL = "商洛市"
ARTICLES = [A("我市出台开发区高质量发展三年行动方案", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("1000万元", 10000000, "元", S=SL, K="other", M="开发区高质量发展专项资金", P="2025", T=True),
]
DATES = [
    D("2025-05-28", "2025-05-28"),
    D("2025年", "2025"),
    D("2026年", "2026"),
    D("2027年", "2027"),
    D("2025年", "2025"),
]
EXCLUDE = ["16:14", "2025-2027年"]
