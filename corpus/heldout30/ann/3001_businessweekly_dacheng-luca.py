# businessweekly.com.tw (商業周刊, Taiwan magazine), paywalled article: the stored text shows the headline with its
# series prefix `前進鹿草》`, a deck line, a photo caption and four paragraphs, then `...本文未結束` and subscription
# widgets (cut after the last paragraph). Title without the series prefix (GUIDE: not the series tag), deck no title.
# No printed date: `12月27日,選在2022年結束前` → published 2022-12 (inferred); `2022年` (結束前) is a dated mention (as
# GUIDE's `2030年前`). No zone: 馬稠後工業區 is a Taiwan 工業區 (heldout16: no GUIDE zone).
# Companies: 大成集團 (group; bare `大成` its variant); 全聯 (the supermarket chain named in the deck quote, short).
# Figures: `逾9成` → 90 % approx (heldout16's X成); `近3萬坪`; `3千噸` (digit with scale word 千); `1、2期` phase numbers
# and `千億食品巨頭` (size class) no figures. `預估` capacity and turnover → target.
PUBLISHED = "2022-12"
PUBLISHED_INFERRED = True
DC = "大成集團"
EK = dict(S=DC, K="enterprise")
ARTICLES = [A("史上最大食品台商大成建廠案改變它", None)]
ZONES = []
ENTERPRISES = [E(DC, ["大成"], kind="group"), E("全聯", kind="short")]
FIGURES = [
    F("逾9成", 90, "%", S="馬稠後工業區", K="other", M="二期土地售出", P=None),
    F("24億元", 2400000000, "元", **EK, M="食品加工廠投資", P="2022-12-27"),
    F("近3萬坪", 30000, "坪", **EK, M="1、2期土地開發", P=None),
    F("8,800坪", 8800, "坪", **EK, M="新工廠占地", P=None),
    F("5條", 5, "條", **EK, M="自動化生產線", P=None),
    F("3千噸", 3000, "噸", **EK, M="每月產能", P=None, T=True),
    F("50億元", 5000000000, "元", **EK, M="年營業額", P=None, T=True),
]
DATES = [D("12月27日", "2022-12-27", inferred=True), D("2022年", "2022")]
EXCLUDE = ["1、2期"]
