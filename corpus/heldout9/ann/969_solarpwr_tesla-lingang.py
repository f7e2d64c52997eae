# solarpwr.cn (太阳能发电网, energy-industry portal) copy of a 央视网 (CCTV) news item, printed `2019-01-07 20:30:32` (clock
# no figure); the lead is stored twice, the second time split over two paragraphs: each occurrence counts. `作者: 来源:…
# 责任编辑:jianping` kept; cut before the site's copyright line. Company: 特斯拉 (short; the US company named in Chinese
# only). 上海临港地区 is a bare place, not said to be a zone → no zone. `Model3` (×3, a product name) no figure.
# `今天(7日)` (×2) → `7日` 2019-01-07; `今年年底` → 2019-12 (GUIDE's `2020年底`). `年可生产50万辆` once built → target.
PUBLISHED = "2019-01-07"
PUBLISHED_INFERRED = False
TS = "特斯拉"
GF = "特斯拉超级工厂"
ARTICLES = [A("特斯拉海外首个超级工厂在上海开建 ,马斯克上了新闻联播", None)]
ZONES = []
ENTERPRISES = [E(TS, kind="short")]
FIGURES = [
    F("86万平米", 860000, "平米", S=GF, K="other", M="占地", P=None),
    F("50万辆", 500000, "辆", S=GF, K="other", M="年产能", P=None, T=True),
    F("86万平米", 860000, "平米", S=GF, K="other", M="占地", P=None),
    F("50万辆", 500000, "辆", S=GF, K="other", M="年产能", P=None, T=True),
    F("20亿美元", 2000000000, "美元", S=TS, K="enterprise", M="在中国的销售额", P="2017"),
]
DATES = [
    D("2019-01-07", "2019-01-07"),
    D("7日", "2019-01-07", inferred=True),
    D("7日", "2019-01-07", inferred=True),
    D("今年年底", "2019-12", inferred=True),
    D("2017年", "2017"),
    D("2018年", "2018"),
]
EXCLUDE = ["20:30:32", "Model3"]
