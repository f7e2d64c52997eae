# collection.news (an archive of 蘋果日報 Hong Kong articles; menu `當年今日`/`關於我們` kept), Traditional, printed
# `蘋果日報 2003/05/23 00:00` (clock no figure). Whole as returned.
# No zones (數碼港 is a Hong Kong park, heldout8/10) and no enterprises (數碼港 an organisation named without 公司;
# `外國科技公司`, `管理公司` unnamed). `每平方呎11至13元` a range → value 11, value_max 13, unit `元` (what follows the number; the
# per-square-foot basis precedes it); `第1期`/`2期` phase numbers (ordinals/names) excluded, their areas `30萬平方呎`/`20萬平方呎` are figures.
PUBLISHED = "2003-05-23"
PUBLISHED_INFERRED = False
SM = dict(S="數碼港", K="other")
W = 10000
ARTICLES = [A("非典打擊數碼港租情", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("11至13元", 11, "元", vmax=13, **SM, M="租金", P="2003-05"),
    F("6元", 6, "元", **SM, M="管理費", P="2003-05"),
    F("30萬平方呎", 30*W, "平方呎", kind="measure", S="數碼港第1期", K="other", M="樓面", P=None),
    F("70%", 70, "%", S="數碼港第1期", K="other", M="出租率", P="2003-05"),
    F("20萬平方呎", 20*W, "平方呎", kind="measure", S="數碼港2期", K="other", M="樓面", P=None),
    F("25%", 25, "%", S="數碼港2期", K="other", M="出租率", P="2003-05"),
]
DATES = [D("2003/05/23", "2003-05-23")]
EXCLUDE = ["00:00", "第1期", "2期"]
