# hkfj.org (香港新聞工作者聯會, Hong Kong press association) repost of a 大公報 report, Traditional; the caption's
# stored backslash (`。\大公報記者`) kept. Printed `2025年06月26日星期四`. Headline `大灣區媒體採訪|北都創科用地…`: the
# column tag before `|` is no part of the title. The stored text breaks off in the 中文大學 paragraph: cut after the
# 粘清澤表示 one. `24日` → 2025-06-24 (inferred). No zone (香港科學園, 北部都會區 are no GUIDE zone kinds). Company:
# 香港科技園公司 (`…公司` without 有限 → short). Not enterprises: 海洋公園 (a park), universities, 大公報 (media).
# `近千人` (Chinese numeral with scale word) → 1000 人 approx; `翻倍`, `第四場`, `三個方面`, `兩年` no figures.
PUBLISHED = "2025-06-26"
PUBLISHED_INFERRED = False
ARTICLES = [A("北都創科用地招才引資 培育世界級企業", None)]
ZONES = []
ENTERPRISES = [E("香港科技園公司", kind="short")]
FIGURES = [
    F("約100名", 100, "名", S="香港科學園", K="other", M="每年招募實習學生", P=None),
    F("近千人", 1000, "人", S="香港科學園", K="other", M="實習申請", P=None),
]
DATES = [D("2025年06月26日", "2025-06-26"), D("24日", "2025-06-24", inferred=True)]
EXCLUDE = []
