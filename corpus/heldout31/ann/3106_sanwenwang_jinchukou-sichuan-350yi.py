# sanwenwang.com (散文网, user-post site) repost of a bank news item; the site bar, the printed date line
# `2023-08-12 08:59` and the uploader id `bili_64629990703` (excluded) kept; the comment/share widgets cut.
# Company: the bank branch 进出口银行四川省分行 (short; its bank name 进出口银行 a variant; `分行`/`该行` references);
# 攀钢集团 (group) with `攀钢` (inside the second project's name) as variant. 国家发改委 a government body.
# Zones: 成都高新区 and 眉山天府新区 (…新区), each named in full; the list ends in `先进制造业聚集区`, not a zone word,
# so neither is coordinated; 成都天府国际生物城产业区 is no GUIDE zone form. No primary zone (a bank story).
# Dates: `6月末` → 2023-06, `今年8月前` → 2023-08, `9月至明年12月` one span 2023-09..2024-12 (as GUIDE's `2018-2020年`),
# all year-inferred from the date line. Figures: headline `350亿` has no unit (""); `近20亿元` approx.
# Periods: balances at 2023-06; `今年新增…` and the year's lending → 2023.
PUBLISHED = "2023-08-12"
PUBLISHED_INFERRED = False
JB = "进出口银行四川省分行"
BK = dict(S=JB, K="enterprise")
ARTICLES = [A("350亿投入制造业,重点支持高新技术产业化项目", None)]
ZONES = [Z("成都高新区", ["成都高新区"]), Z("眉山天府新区", ["眉山天府新区"])]
ENTERPRISES = [E(JB, ["进出口银行"], kind="short"), E("攀钢集团", ["攀钢"], kind="group")]
FIGURES = [
    F("350亿", 35000000000, "", **BK, P="2023-06", M="制造业贷款余额"),
    F("350.21亿元", 35021000000, "元", **BK, P="2023-06", M="制造业贷款余额"),
    F("26.94%", 26.94, "%", **BK, P="2023-06", M="制造业贷款在全部贷款余额占比"),
    F("22.83亿元", 2283000000, "元", **BK, P="2023", M="新增中长期贷款"),
    F("9亿元", 900000000, "元", **BK, P="2023", M="向先进制造业聚集区投放信贷"),
    F("近20亿元", 2000000000, "元", **BK, P="2023", M="为攀钢集团项目提供授信"),
]
DATES = [D("2023-08-12", "2023-08-12"), D("6月末", "2023-06", inferred=True), D("今年8月", "2023-08", inferred=True),
         D("9月至明年12月", "2023-09", "2024-12", inferred=True)]
EXCLUDE = ["08:59", "bili_64629990703"]
