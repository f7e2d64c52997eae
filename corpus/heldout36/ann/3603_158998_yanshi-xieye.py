# m.158998.cn (中國紡織服裝機械網, industry media, Traditional script with mainland wording): 偃師 shoe-park signing.
# Whole as returned. The site's `導讀:` lead repeats the story's 23億元. No zone (鞋產業園, 制鞋產業集聚區 are parks).
# Company: 野力體育(中國)有限公司 (registered, the project's investor). Trademarks `華滎橋`, `金旺老字號` and the
# site name are no enterprises. Ranges `2500萬雙至2800萬雙`, `300萬套至500萬套` (heldout16's `400件到450件`);
# `雙` is a count (set by hand). `半個多世紀`, `三大效益` no figures. The only date `2013年12月21日` (signing) gives the
# published month 2013-12 (inferred). The project's design capacity, output and 利稅 are targets; its total
# investment is the signed amount (as heldout16's signings, no target). The lead's `當地投資23億元` is 偃師's.
PUBLISHED = "2013-12"
PUBLISHED_INFERRED = True
YL = "野力體育(中國)有限公司"
EK = dict(S=YL, K="enterprise")
YS = dict(S="偃師市", K="other")
D21 = "2013-12-21"
ARTICLES = [A("偃師建制鞋產業園助推制鞋產業轉型升級", None)]
ZONES = []
ENTERPRISES = [E(YL)]
FIGURES = [
    F("23億元", 2300000000, "元", **YS, M="投資建偃師鞋產業園", P=None),
    F("23億元", 2300000000, "元", **EK, M="總投資", P=D21),
    F("23億元", 2300000000, "元", **EK, M="總投資", P=D21),
    F("1000畝", 1000, "畝", **EK, M="占地", P=None),
    F("2500萬雙至2800萬雙", 25000000, "雙", vmax=28000000, kind="count", **EK, M="設計年產運動鞋、時裝鞋", P=None, T=True),
    F("300萬套至500萬套", 3000000, "套", vmax=5000000, **EK, M="年產服裝", P=None, T=True),
    F("23億元", 2300000000, "元", **EK, M="年產值", P=None, T=True),
    F("3億元", 300000000, "元", **EK, M="利稅", P=None, T=True),
    F("510余家", 510, "家", **YS, M="制鞋企業", P="2013-12"),
    F("35家", 35, "家", **YS, M="規模以上企業", P="2013-12"),
    F("6.7萬余人", 67000, "人", **YS, M="從業人員", P="2013-12"),
    F("4億多雙", 400000000, "雙", kind="count", **YS, M="年產各類布鞋", P="2013-12"),
    F("70億元", 7000000000, "元", **YS, M="總產值", P="2013-12"),
    F("300余個", 300, "個", **YS, M="注冊商標", P="2013-12"),
]
DATES = [D("2013年12月21日", "2013-12-21")]
