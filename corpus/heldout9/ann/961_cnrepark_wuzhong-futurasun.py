# cnrepark.com (工业园网, industrial-park portal), a user-uploaded copy of a wire-style story; printed as three lines
# `2022` / `11/02` / `10:25`: the year line and `11/02` (month/day) are dates (heldout7's `18/2`), the clock is not.
# `主力资金加仓名单…` (widget) and the disclaimer/report lines kept (whole as returned). `2022苏州吴中(第22届)太湖经贸合作
# 洽谈会` is an event name: its year no date (so `2022` occurs twice, once annotated), `第22届` an ordinal. `1日` → 2022-11-01.
# Headline `超千亿元` → Chinese numeral with scale word → 1e11 元, approx. Foreign companies with a gloss: 伏图拉
# (Futurasun S.R.L) → short, the Latin name a variant; 腾迈医药(TandemAI) is plainly 苏州腾迈医药科技有限公司 (registered),
# `腾迈医药` and `TandemAI` its variants. 吴中区 is a district, no zone. `亿元人民币` → 元. Plans (将/拟/预计) → target.
PUBLISHED = "2022-11-02"
PUBLISHED_INFERRED = False
WZ = "苏州吴中"
FT = "伏图拉"
TM = "苏州腾迈医药科技有限公司"
D1 = "2022-11-01"
ARTICLES = [A("总投资超千亿元人民币 157个项目落户苏州吴中", None)]
ZONES = []
ENTERPRISES = [E(FT, ["Futurasun S.R.L"], kind="short"), E(TM, ["腾迈医药", "TandemAI"])]
FIGURES = [
    F("超千亿元", 100000000000, "元", S=WZ, K="other", M="签约项目总投资", P=D1),
    F("157个", 157, "个", S=WZ, K="other", M="签约项目", P=D1),
    F("1036.3亿元", 103630000000, "元", S=WZ, K="other", M="签约项目总投资", P=D1),
    F("157个", 157, "个", S=WZ, K="other", M="签约项目", P=D1),
    F("525.5亿元", 52550000000, "元", S=WZ, K="other", M="竣工开业项目总投资", P=D1),
    F("116个", 116, "个", S=WZ, K="other", M="竣工开业项目", P=D1),
    F("4000万欧元", 40000000, "欧元", S=FT, K="enterprise", M="注册资本", P=None, T=True),
    F("15亿元", 1500000000, "元", S=FT, K="enterprise", M="总投资", P=None, T=True),
    F("20亿元", 2000000000, "元", S=FT, K="enterprise", M="年销售额", P=None, T=True),
    F("超1亿元", 100000000, "元", S=FT, K="enterprise", M="年纳税额", P=None, T=True),
    F("1亿美元", 100000000, "美元", S=TM, K="enterprise", M="注册资本", P=None, T=True),
    F("20亿元", 2000000000, "元", S=TM, K="enterprise", M="投资总额", P=None, T=True),
]
DATES = [
    D("2022", "2022"),
    D("11/02", "2022-11-02"),
    D("1日", D1, inferred=True),
]
EXCLUDE = ["10:25", "2022苏州吴中", "第22届"]
