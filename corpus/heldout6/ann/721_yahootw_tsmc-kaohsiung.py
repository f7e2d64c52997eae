# tw.news.yahoo.com (Taiwan web news, Traditional), a short TV-news item. No date printed and none in the text
# (`今天` only): published null. `廣告` is furniture; the hashtags are not names. `P4跟P5廠(5號)`, `5廠` are fab
# labels (no figures); `兩度` a small Chinese count. `117年第1季` (ROC year) → 2028-01..2028-03.
PUBLISHED = None
PUBLISHED_INFERRED = True
ARTICLES = [A("台積電赴美 陳其邁:台積電投資高雄不變", None)]
ZONES = []
ENTERPRISES = [E("台積電", kind="short")]
FIGURES = []
DATES = [D("117年第1季", "2028-01", "2028-03")]
