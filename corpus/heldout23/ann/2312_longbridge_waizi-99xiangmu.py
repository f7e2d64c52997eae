# longbridgeapp.com (broker app's news page): a short item on the third 跨国公司领导人青岛峰会. Whole as returned.
# Printed `2022.06.22 02:34` (date, clock no figure) → published 2022-06-22 (not inferred).
# Companies (short; printed with country words, which are no part of the names): 阿斯利康, 劳埃德, 三井物产, 采埃孚.
# No zone. Figures keep the stored spaces (`99 个`, `156 亿美元`; scoring folds white space); `第三届` an ordinal.
# Facts: subject the summit (other); no period stated (null).
PUBLISHED = "2022-06-22"
PUBLISHED_INFERRED = False
QD = dict(S="第三届跨国公司领导人青岛峰会", K="other")
ARTICLES = [A("项目集中签约 外资持续看好中国市场", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in ["阿斯利康", "劳埃德", "三井物产", "采埃孚"]]
FIGURES = [
    F("99 个", 99, "个", **QD, M="重点外资项目集中签约"),
    F("156 亿美元", 15600000000, "美元", **QD, M="签约项目总投资额"),
    F("31.4%", 31.4, "%", **QD, M="总投资额比上届增长", C=True),
]
DATES = [D("2022.06.22", "2022-06-22")]
EXCLUDE = ["02:34"]
