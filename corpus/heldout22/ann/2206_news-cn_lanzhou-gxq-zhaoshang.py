# big5.news.cn (新華網 Big5 gateway of 甘肅頻道) copy of a 蘭州晚報 story, converted to Traditional with some
# Simplified-variant characters left (`産業`); the trailing tracking string `0100702000…` after the byline cut.
# Printed twice: `2024 03-20` (spaced) and `2024-03-20` (clocks EXCLUDE) → two dated mentions; published 2024-03-20.
# The headline is stored twice (and as `原標題:`): one title (heldout16). `3月19日` year inferred; `2023年度` → 2023
# (GUIDE), `2023年`. Zone: 蘭州高新區 (primary). Companies heading project names (heldout10): 中國生物
# (`中國生物醫美和血制項目`), 王老吉 (`王老吉大健康産業園`), 中牧 (`中牧二期`), 宏宇變壓器, 思創機電 (short); 批簽發中心 no.
# Facts: the zone's 2023 signing numbers and teams (period 2023).
PUBLISHED = "2024-03-20"
PUBLISHED_INFERRED = False
LZ = "蘭州高新區"
ZK = dict(S=LZ, K="zone", P="2023")
ARTICLES = [A("蘭州高新區召開招商引資工作會議", LZ)]
ZONES = [Z(LZ, [LZ])]
ENTERPRISES = [E(n, kind="short") for n in ("中國生物", "王老吉", "中牧", "宏宇變壓器", "思創機電")]
FIGURES = [
    F("19個", 19, "個", **ZK, M="簽約招商引資項目"),
    F("97.236億元", 9723600000, "元", **ZK, M="簽約金額"),
    F("5個", 5, "個", **ZK, M="赴外招商小組"),
    F("6個", 6, "個", **ZK, M="産業鏈招商專班"),
    F("40余次", 40, "次", **ZK, M="外出招商"),
]
DATES = [D("2024 03-20", "2024-03-20"), D("2024-03-20", "2024-03-20"), D("3月19日", "2024-03-19", inferred=True),
         D("2023年度", "2023"), D("2023年", "2023")]
EXCLUDE = ["09:09:51"]
