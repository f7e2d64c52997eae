# zxyzs.com (招商/选址 portal), navigation line kept. No date printed and the text gives none (`近日`); the URL
# (/2018/) suggests 2018 — published null (heldout6: text only). 阳澄生态新区 is a `…新区` (GUIDE form) → zone,
# not the article's subject (相城区 is a district, not a zone) → primary_zone null. 奇点汽车: short.
# `876亿` without unit → "" (money). Durations in 年 (`未来5年`, `5年左右`, `5至8年`), `三大`, `五大` are not figures;
# `10万名以上` is a goal (approx). The 100亿元 fund is not an enterprise; its size is a figure (subject the fund).
PUBLISHED = None
PUBLISHED_INFERRED = True
XC = "相城区"
QD = "奇点汽车"
ARTICLES = [A("相城赴京招商揽资876亿 签约项目74个", None)]
ZONES = [Z("阳澄生态新区", ["阳澄生态新区"])]
ENTERPRISES = [E(QD, kind="short")]
FIGURES = [
    F("876亿", 87600000000, "", kind="money", S=XC, K="other", M="招商揽资", P=None),
    F("74个", 74, "个", S=XC, K="other", M="签约项目", P=None),
    F("74个", 74, "个", S=XC, K="other", M="签约项目", P=None),
    F("876亿元", 87600000000, "元", S=XC, K="other", M="总投资额", P=None),
    F("150亿元", 15000000000, "元", S=QD, K="enterprise", M="投资", P=None, T=True),
    F("100亿元", 10000000000, "元", S="智能电动汽车产业投资基金", K="other", M="基金规模", P=None),
    F("10万名以上", 100000, "名", S="苏州阳澄国际研发社区", K="other", M="集聚高科技研发人才", P=None, T=True),
]
DATES = []
EXCLUDE = ["未来5年", "5年左右", "5至8年"]
