# life.mingpao.com (明報, Hong Kong paper), Traditional. Printed `文章日期:2024年10月10日`. The stored text breaks off in
# the 數碼港表示 paragraph: cut after the 另外 one (its `首批有10間企業` falls in the cut tail). `下周三(16日)` → the
# `16日` is a dated mention, 2024-10-16 (inferred); `前日`/`昨` have no calendar mention. No zone, no company: the
# firms are anonymised (`本地一間中藥廠`, `家居保安裝置生產公司`), 生產力局 a public body, 數碼港 used as the
# park/institution signing an MoU (no company name given), 深港科技合作促進會 an association. `增加一倍` (Chinese
# numeral without scale word) no figure; `逾10倍` a ratio (approx, change).
PUBLISHED = "2024-10-10"
PUBLISHED_INFERRED = False
ARTICLES = [A("《施政》納意見 訪生產力局 李家超:中藥、科企稱資助吸引落戶", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("逾10倍", 10, "倍", S="本地一間中藥廠", K="other", M="人均生產量提升", P=None, C=True),
]
DATES = [D("2024年10月10日", "2024-10-10"), D("16日", "2024-10-16", inferred=True)]
EXCLUDE = []
