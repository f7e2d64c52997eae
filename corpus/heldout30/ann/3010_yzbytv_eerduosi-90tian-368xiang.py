# m.yuebao.yzbytv.com (a city TV station's mobile site) repost of a 鄂尔多斯融媒 item written as short verse-like lines
# (one phrase per paragraph, a project name split across two lines); printed `2023-03-30 16:10:25`. Whole as returned.
# No zone. Companies heading project names (heldout10/16): 宝丰 (`宝丰煤制烯烃项目`), 润阳悦达 (`润阳悦达光伏` /
# `装备全产业链`), both short.
# Figures: `90天` (a duration in days is a figure; only 年 durations are excluded), headline `368项`, body `368个`;
# `5000万元以上` a threshold with a numeral (figure, approx); `亿元以上` no figure (heldout16). Dates: `2023年`,
# `截至3月底` → 2023-03 (inferred), printed day.
# Facts: subject 鄂尔多斯市 (other); the plan's 472 projects and thresholds are 2023 targets.
PUBLISHED = "2023-03-30"
PUBLISHED_INFERRED = False
ED = dict(S="鄂尔多斯市", K="other")
ARTICLES = [A("90天!鄂尔多斯市开复工368项", None)]
ZONES = []
ENTERPRISES = [E("宝丰", kind="short"), E("润阳悦达", kind="short")]
FIGURES = [
    F("90天", 90, "天", **ED, M="开复工用时", P=("2023-01", "2023-03")),
    F("368项", 368, "项", **ED, M="开复工重大项目", P="2023-03"),
    F("5000万元以上", 50000000, "元", **ED, M="政府投资项目规模", P="2023", T=True),
    F("472个", 472, "个", **ED, M="计划实施重大项目", P="2023", T=True),
    F("368个", 368, "个", **ED, M="已开复工重大项目", P="2023-03"),
    F("286亿元", 28600000000, "元", **ED, M="完成投资", P="2023-03"),
]
DATES = [D("2023-03-30", "2023-03-30"), D("2023年", "2023"), D("3月底", "2023-03", inferred=True)]
EXCLUDE = ["16:10:25"]
