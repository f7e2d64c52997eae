# whatawebsite.org (content farm) copy of a 松江 story, Traditional with glued pinyin readings (`項(xiàng)目`); the
# returned text breaks off mid-paragraph (`這里有大`): cut after the 中國積分 paragraph. No printed date: published from
# the URL path (2021-11-26, inferred); `11月23日` takes 2021 (inferred).
# Title: the two-line headline joined (line 1 ends with a comma and runs on into line 2). No zone: G60科創走廊 is a
# corridor, 中山街道 a sub-district (not GUIDE kinds). One company, registered, named twice. 中國積分產業總部基地 is a
# project, not a company. `G60` is a name (no figure). `29個` four times (headline + three body mentions); `63.12億元`
# twice. `50億元至100億元` a range (value_max). `30%左右` a growth rate kept over `未來五年內` (change, target;
# period 2022-2026 read from the publication year); `三年時間` gives 2024 for the 交易規模 target.
PUBLISHED = "2021-11-26"
PUBLISHED_INFERRED = True
RM = "上海瑞鉬特科技股份有限公司"
ARTICLES = [A("29個(gè)項(xiàng)目總投資額達(dá)63.12億元,G60科創(chuàng)走廊總部研發(fā)功能區(qū)投資項(xiàng)目集中簽約", None)]
ZONES = []
ENTERPRISES = [E(RM)]
S, K, DAY = "中山街道", "other", "2021-11-23"
FIGURES = [
    F("29個", 29, "個", S=S, K=K, M="集中簽約項目", P=DAY),
    F("63.12億元", 6312000000, "元", S=S, K=K, M="簽約總投資額", P=DAY),
    F("29個", 29, "個", S=S, K=K, M="集中簽約項目", P=DAY),
    F("63.12億元", 6312000000, "元", S=S, K=K, M="簽約總投資額", P=DAY),
    F("29個", 29, "個", S=S, K=K, M="集中簽約項目", P=DAY),
    F("29個", 29, "個", S=S, K=K, M="項目", P=DAY),
    F("2億元", 200000000, "元", S=RM, K="enterprise", M="投資", P=DAY),
    F("3億元", 300000000, "元", S=RM, K="enterprise", M="年產值", P="2024", T=True),
    F("2500萬元以上", 25000000, "元", S=RM, K="enterprise", M="年稅收", P="2024", T=True),
    F("30%左右", 30, "%", S=RM, K="enterprise", M="產值、利稅雙增長", P=("2022", "2026"), C=True, T=True),
    F("50億元至100億元", 5000000000, "元", vmax=10000000000, S="中國積分產業總部基地", K="other", M="總交易規模", P="2024", T=True),
]
DATES = [D("11月23日", "2021-11-23", inferred=True), D("2024年", "2024")]
EXCLUDE = ["G60"]
