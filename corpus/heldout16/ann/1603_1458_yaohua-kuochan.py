# 1458.com.tw (Taiwan stock-information site), Traditional: a listed company's material-information filing (重大訊息)
# with its field labels (`標題:`, `日期:`, `股票代號:`, `發言時間:`) and numbered items, hard line breaks kept.
# Whole as returned. Title = the `標題:` field's text. Printed `日期:2022-07-15` → published; `發言時間:2022-07-14`
# (clock no figure) and the ROC `111/07/14` are dated mentions; `111年第四季` → 2022-10..2022-12; `111年度` → 2022.
# 藥華藥 (listed company as named, short; `本公司` not a name). 竹北廠/后里廠 are plants. No zone.
# `約新臺幣17.04` + line break + `億元` is one figure whose text keeps the break (scoring folds white space).
# List numbers `1.`–`7.` and the stock code are furniture. Both amounts are budgets (target), no period.
PUBLISHED = "2022-07-15"
PUBLISHED_INFERRED = False
YH = "藥華藥"
EK = dict(S=YH, K="enterprise")
ARTICLES = [A("藥華藥 本公司董事會通過資本支出預算案", None)]
ZONES = []
ENTERPRISES = [E(YH, kind="short")]
FIGURES = [
    F("約新臺幣51億元", 5100000000, "元", **EK, M="竹北廠資本支出預算", P=None, T=True),
    F("約新臺幣17.04\n億元", 1704000000, "元", **EK, M="后里廠資本支出預算", P=None, T=True),
]
DATES = [D("2022-07-15", "2022-07-15"), D("2022-07-14", "2022-07-14"), D("111/07/14", "2022-07-14"),
         D("111年第四季", "2022-10", "2022-12"), D("111年度", "2022")]
EXCLUDE = ["23:13:21", "6446", "1.", "2.", "3.", "4.", "5.", "6.", "7."]
