# news.supplier368.com (blog reposting the 香港科技園公司 press release), Traditional; date printed in the
# dateline `(香港,2023 年 2 月 22 日)`. 香港科技園公司 (a statutory corporation named 公司, defined 簡稱 科技園公司)
# is counted as an enterprise, kind short; 香港科技園創投基金 is a fund → not an enterprise.
# `2023-24 年度《財政預算案》`: the fiscal year names the budget document → not a date.
# Chinese-numeral money without a scale word is a figure (team convention): 一元, 十八元. `1:18` → ratio 1/18.
PUBLISHED = "2023-02-22"
PUBLISHED_INFERRED = False
ST = "香港科技園公司"
FD = "香港科技園創投基金"
ARTICLES = [A("科技園支持財政預算引領經濟全速向前 齊發揮本地優勢 壯大創科產業群 共拓繁榮新願景", None)]
ZONES = []
ENTERPRISES = [E(ST, ["科技園公司"], kind="short")]
FIGURES = [
    F("四億元", 400000000, "元", S=FD, K="other", M="增資", P="2023", C=True, T=True),
    F("六億港元", 600000000, "港元", S=FD, K="other", M="管理資額", P="2023"),
    F("十億港元", 1000000000, "港元", S=FD, K="other", M="總金額", P="2023", T=True),
    F("27間", 27, "間", S=FD, K="other", M="投資創科公司", P=("2015", "2023")),
    F("1:18", 0.055556, "", kind="ratio", S=FD, K="other", M="投資比例", P=None),
    F("一元", 1, "元", S=FD, K="other", M="投資", P=None),
    F("十八元", 18, "元", S=FD, K="other", M="吸引私營投資", P=None),
]
DATES = [D("2023 年 2 月 22 日", "2023-02-22"), D("2015年", "2015")]
