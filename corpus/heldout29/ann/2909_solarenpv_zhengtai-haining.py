# solarenpv.com (光伏产业网, trade portal, mobile page): a signing report, whole as returned. The headline is repeated
# as the `核心提示` text: one title. Printed `发布日期:2022-07-04`; `6月30日` → 2022-06-30 (year inferred).
# `12GW电池+18GW组件项目` (headline, summary, body `12GW电池及18GW组件项目`) are capacities inside the project's name:
# no figures (heldout10/16's `2.3萬噸選廠`; GUIDE's `6英寸晶圆…项目`), excluded. Company: 正泰新能科技有限公司
# (registered), `正泰新能` its short name; `正泰` (the signing party, `正泰新能源板块`) plainly the same company here,
# a variant. No zone (海宁市黄湾镇). Investment figures are the signed project's (拟 → the output ones are targets).
PUBLISHED = "2022-07-04"
PUBLISHED_INFERRED = False
ZX = "正泰新能科技有限公司"
ZE = dict(S=ZX, K="enterprise", P="2022-06-30")
ARTICLES = [A("正泰新能12GW电池+18GW组件项目签约浙江海宁", None)]
ZONES = []
ENTERPRISES = [E(ZX, ["正泰新能", "正泰"])]
FIGURES = [
    F("1180亩", 1180, "亩", **ZE, M="总用地面积", T=True),
    F("120亿元", 12000000000, "元", **ZE, M="项目总投资", T=True),
    F("80亿元", 8000000000, "元", **ZE, M="固定资产投资", T=True),
    F("约360亿元", 36000000000, "元", **ZE, M="达产后产值", T=True),
    F("25亿元", 2500000000, "元", **ZE, M="利税", T=True),
]
DATES = [D("2022-07-04", "2022-07-04"), D("6月30日", "2022-06-30", inferred=True)]
EXCLUDE = ["12GW电池", "18GW组件"]
