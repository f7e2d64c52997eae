# m.moneydj.com (MoneyDJ 理財網, Taiwan financial portal), Traditional, a 經濟部 release; printed `2013/09/24 08:45`
# (clock no figure). Cut after the source note `(資料來源:經濟部9/23)` (stock-chart and `熱門推薦` widgets dropped).
# `今(102)年9月23日` (ROC 102 = 2013, twice) and `9/23` → 2013-09-23 (the latter year inferred).
# No zone. Company: 威聯通科技股份有限公司 (registered); the other approved firm is unnamed. 經濟部 is government.
# Figures: `2家` (headline, body), `14億元` (headline) and `約為新台幣14億元`, `約有335人`, `召開15次` (the count of
# meetings; `第15次` is an ordinal), `37件`, `2個` (three times), the requirement counts `11家`, `5家` (twice), `17家`,
# `4要件` (count without classifier, unit "", heldout7's `3企業`), `約新台幣1,858億元`, `約有2萬8千餘人` (28,000).
# Facts: cumulative counts `截至…9月23日` → 2013-09; `預計`/`可增加` → target (增加 → change).
PUBLISHED = "2013-09-24"
PUBLISHED_INFERRED = False
D23 = "2013-09-23"
JB = dict(S="經濟部", K="other")
ARTICLES = [A("經濟部審核通過2家台商回台投資申請案,計14億元", None)]
ZONES = []
ENTERPRISES = [E("威聯通科技股份有限公司")]
FIGURES = [
    F("2家", 2, "家", **JB, M="審核通過台商回台投資申請案", P=D23),
    F("14億元", 1400000000, "元", **JB, M="投資", P=None, T=True),
    F("2家", 2, "家", **JB, M="審理台商回台投資申請案", P=D23),
    F("2個", 2, "個", **JB, M="通過案件", P=D23),
    F("約為新台幣14億元", 1400000000, "元", **JB, M="預計投資總金額", P=None, T=True),
    F("約有335人", 335, "人", **JB, M="增加本國勞工就業人數", P=None, C=True, T=True),
    F("召開15次", 15, "次", **JB, M="台商回台投資案件跨部會聯合審查會議", P="2013-09"),
    F("37件", 37, "件", **JB, M="受理投資案", P="2013-09"),
    F("2個", 2, "個", **JB, M="上述案件", P="2013-09"),
    F("11家", 11, "家", **JB, M="符合自有品牌國際行銷", P="2013-09"),
    F("5家", 5, "家", **JB, M="符合國際供應鏈居於關鍵地位", P="2013-09"),
    F("17家", 17, "家", **JB, M="符合高附加價值產品及關鍵零組件相關產業", P="2013-09"),
    F("5家", 5, "家", **JB, M="符合在台設立營運總部", P="2013-09"),
    F("4要件", 4, "", kind="count", **JB, M="審核要件", P=None),
    F("2個", 2, "個", **JB, M="同時具備要件", P=None),
    F("約新台幣1,858億元", 185800000000, "元", **JB, M="預計投資總金額", P="2013-09", T=True),
    F("約有2萬8千餘人", 28000, "人", **JB, M="增加本國勞工就業人數", P="2013-09", C=True, T=True),
]
DATES = [
    D("2013/09/24", "2013-09-24"),
    D("今(102)年9月23日", D23),
    D("今(102)年9月23日", D23),
    D("9/23", D23, inferred=True),
]
EXCLUDE = ["08:45", "第15次"]
