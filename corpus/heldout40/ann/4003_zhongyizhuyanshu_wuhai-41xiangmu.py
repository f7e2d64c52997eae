# zhongyizhuyanshu.com (content farm) copy of 正北方網/《內蒙古日報》, Traditional; printed `2022-04-12 15:33` (clock no
# figure); the editor line and the paper's reprint notice after `(記者 郝飚)` cut.
# Title: the headline without the glued column tag `烏海`. No zone (烏達產業園 is a park). One company: 君正集團
# (group). `2022年` inside the name of the 自治區 mobilisation meeting is no date. `建設期4年` is a duration in 年 (no
# figure). Capacities stated for the project's first phase (`60萬噸BDO` …) are figures (target, no period);
# `約164億元`, `4000個` are after-completion targets. 2022 plan figures (`186個`, `1325億元`, `190億元以上`, `93個`,
# `1160億元`) target 2022; `截至目前` figures take the publication month.
PUBLISHED = "2022-04-12"
PUBLISHED_INFERRED = False
JZ = "君正集團"
ARTICLES = [A("烏海市41個重點項目集中開工", None)]
ZONES = []
ENTERPRISES = [E(JZ, kind="group")]
S, K, DAY = "烏海市", "other", "2022-04-08"
FIGURES = [
    F("41個", 41, "個", S=S, K=K, M="重點項目集中開工", P=DAY),
    F("41個", 41, "個", S=S, K=K, M="重點項目集中開工", P=DAY),
    F("207億元", 20700000000, "元", S=JZ, K="enterprise", M="總投資", P=DAY),
    F("60萬噸", 600000, "噸", S=JZ, K="enterprise", M="BDO生產裝置", T=True),
    F("20萬噸", 200000, "噸", S=JZ, K="enterprise", M="己二酸生產裝置", T=True),
    F("100萬噸", 1000000, "噸", S=JZ, K="enterprise", M="PBAT/PBS/PBT/PTMEG生產裝置", T=True),
    F("約164億元", 16400000000, "元", S=JZ, K="enterprise", M="年營業收入", T=True),
    F("4000個", 4000, "個", S=JZ, K="enterprise", M="新增就業崗位", T=True),
    F("65億元", 6500000000, "元", S="包頭至銀川高速鐵路(烏海段)", K="other", M="投資", P=DAY),
    F("186個", 186, "個", S=S, K=K, M="計劃實施重大項目", P="2022", T=True),
    F("1325億元", 132500000000, "元", S=S, K=K, M="總投資", P="2022", T=True),
    F("190億元以上", 19000000000, "元", S=S, K=K, M="年內計劃完成投資", P="2022", T=True),
    F("93個", 93, "個", S=S, K=K, M="納入自治區重大項目庫調度的項目", P="2022", T=True),
    F("1160億元", 116000000000, "元", S=S, K=K, M="總投資", P="2022", T=True),
    F("80個", 80, "個", S=S, K=K, M="已開復工項目", P="2022-04"),
    F("34億元", 3400000000, "元", S=S, K=K, M="完成投資", P="2022-04"),
    F("86%", 86, "%", S=S, K=K, M="開復工率", P="2022-04"),
]
DATES = [D("2022-04-12", "2022-04-12"), D("4月8日", "2022-04-08", inferred=True)]
EXCLUDE = ["15:33", "2022年推進高質量發展", "建設期4年"]
