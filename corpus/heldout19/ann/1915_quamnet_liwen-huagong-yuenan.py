# dev.quamnet.com (華富財經, Hong Kong financial portal), a 匯港通訊 flash, Traditional; whole as returned. Printed
# `2025-12-28 20:56:45` (clock no figure). Stock codes `00746`/`00746.HK` no figures. Company: 理文化工 (HK-listed;
# short name only). No zone. The lease term `自2025年12月25日起至2077年12月21日止` gives two dated mentions (each a
# full date); the facts take the lease term as their period. `約4.56億港元` money (unit 港元).
PUBLISHED = "2025-12-28"
PUBLISHED_INFERRED = False
LW = dict(S="理文化工", K="enterprise", P=("2025-12-25", "2077-12-21"))
ARTICLES = [A("理文化工(00746)在越南租地建新自營生產設施", None)]
ZONES = []
ENTERPRISES = [E("理文化工", kind="short")]
FIGURES = [
    F("28.5萬平方米", 285000, "平方米", **LW, M="租用地塊佔地面積"),
    F("2.16萬平方米", 21600, "平方米", **LW, M="毗連水域面積"),
    F("約4.56億港元", 456000000, "港元", **LW, M="基礎設施費"),
]
DATES = [D("2025-12-28", "2025-12-28"), D("2025年12月25日", "2025-12-25"), D("2077年12月21日", "2077-12-21")]
EXCLUDE = ["00746", "20:56:45"]
