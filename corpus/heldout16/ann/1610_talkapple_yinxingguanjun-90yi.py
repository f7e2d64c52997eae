# wind.talkapple.net (forum archive) repost of a 自由時報 story, Traditional; the forum's anti-scraping garbage
# strings (`9 }% p8 G1 …`) glued to lines and on lines of their own are kept as stored (furniture, their digits
# excluded). Printed `自由時報 2023/09/29` → published; `昨天` → the 28th (no date text). The stored text breaks off in
# the closing totals paragraph (no final stop, garbage line before it): cut after the 明治海洋國際 paragraph.
# Companies (short, as the story names them): 諾瓦材料科技 (`諾瓦材料`), 振鋒企業 (`振鋒`), 展緻企業, 雅棋德科技,
# 明治海洋國際; Latin names named as companies: HP, Dell, Cisco, Microsoft (國際大廠) and GIANT, SRAM, DECATHLON
# (`等公司`). `YOKE` is a brand; 投資台灣事務所 is government; 自由時報 media. No zone (Taiwan districts).
# Chinese-numeral amounts with a scale word are figures (`超過九十億元`, `七十五億元`, `逾六億元`, `逾五千萬` (no unit
# → ""), `十一.二億元`), `六至七成` → 60–70 % (X成); counts without a scale word are not (`四十五國`, `一五二名`,
# `八十名`, `三區`, heldout10's `六十九家`). `逾90億` (headline, no unit → "").
PUBLISHED = "2023-09-29"
PUBLISHED_INFERRED = False
TZ = dict(S="投資台灣事務所", K="other")
D28 = "2023-09-28"
ZF = "振鋒企業"
ARTICLES = [A("隱形冠軍根留台灣 三大方案再添逾90億", None)]
ZONES = []
ENTERPRISES = [E("諾瓦材料科技", ["諾瓦材料"], kind="short"), E(ZF, ["振鋒"], kind="short"), E("展緻企業", kind="short"),
               E("HP", kind="short"), E("Dell", kind="short"), E("Cisco", kind="short"), E("Microsoft", kind="short"),
               E("雅棋德科技", kind="short"), E("GIANT", kind="short"), E("SRAM", kind="short"), E("DECATHLON", kind="short"),
               E("明治海洋國際", kind="short")]
FIGURES = [
    F("逾90億", 9000000000, "", kind="money", **TZ, M="五家企業投資金額", P=D28),
    F("超過九十億元", 9000000000, "元", **TZ, M="合計投資金額", P=D28),
    F("七十五億元", 7500000000, "元", S=ZF, K="enterprise", M="投資", P=None, T=True),
    F("逾六億元", 600000000, "元", S="諾瓦材料科技", K="enterprise", M="投資", P=None, T=True),
    F("六至七成", 60, "%", vmax=70, S=ZF, K="enterprise", M="個人高空防墜安全設備全球市占率", P="2023-09"),
    F("逾五千萬", 50000000, "", kind="money", S="展緻企業", K="enterprise", M="投資", P=None, T=True),
    F("十一.二億元", 1120000000, "元", S="明治海洋國際", K="enterprise", M="投資", P=None, T=True),
]
DATES = [D("2023/09/29", "2023-09-29")]
EXCLUDE = ['9 }% p8 G1 z y) d8 s! L& S0 I', "2 k2 s& }& b- i% B9 W' I( _/ |", '( }4 u" \\& e+ @\' ~( d', '% w$ g8 s/ W+ p2 t$ U', '0 O2 @6 g- ^$ S: M0 E" X0 L$ J', '4 T) @2 I# H4 h! W" z8 v: Q', ') V" d" p( g$ ~) x5 M2 p']
