# news.fx168news.com (FX168财经, financial portal), printed `2024/03/13 09:25` (clock no figure), a listed company's
# investor-relations digest (`来源:第三方供稿`). Whole as returned. No zone. 上海建工 (listed company, short). The
# headline's figures and the body's count separately (each occurrence). `在手…约780亿元` is a level at the
# publication month (目前, heldout8/9), `已完成投资约60%` likewise.
PUBLISHED = "2024-03-13"
PUBLISHED_INFERRED = False
SJ = "上海建工"
EK = dict(S=SJ, K="enterprise")
ARTICLES = [A("上海建工:在手PPP等城建投资类项目约780亿元,已完成投资约60%", None)]
ZONES = []
ENTERPRISES = [E(SJ, kind="short")]
FIGURES = [
    F("约780亿元", 78000000000, "元", **EK, M="在手PPP等城建投资类项目", P="2024-03"),
    F("约60%", 60, "%", **EK, M="已完成投资", P="2024-03"),
    F("约780亿元", 78000000000, "元", **EK, M="在手PPP等城建投资类项目", P="2024-03"),
    F("约60%", 60, "%", **EK, M="已完成投资", P="2024-03"),
]
DATES = [D("2024/03/13", "2024-03-13")]
EXCLUDE = ["09:25"]
