# news.wenweipo.com (香港文匯網), Traditional; date printed. 橫琴新區 is a `…新區` → zone; 橫琴自貿區 / 橫琴自貿片區
# (free-trade area) and 粵澳合作產業園 (a park) are not GUIDE zone forms. The headline's `50新項目` / `16項目` are counts
# with no classifier → unit "". `800億澳元` → unit 澳元 (currency after the number); `約800億澳門元` → 澳門元.
# 澳門特區政府 is a government, 橫琴粵澳發展基金 a fund → no enterprises. `兩年後` is a small duration in 年 → not a figure.
PUBLISHED = "2016-11-11"
PUBLISHED_INFERRED = False
HQ = "橫琴新區"
YP = "粵澳合作產業園"
ARTICLES = [A("澳門50新項目入駐橫琴自貿區 首批16項目已落地投資800億澳元", HQ)]
ZONES = [Z(HQ, [HQ])]
ENTERPRISES = []
def g(t, v, u, m, s=YP, k="other", c=False, T=False, kind=None): return F(t, v, u, kind=kind, S=s, K=k, M=m, P=None, C=c, T=T)
FIGURES = [
    g("50", 50, "", "新推薦入駐項目", kind="count"),
    g("16", 16, "", "首批已落地項目", kind="count"),
    g("800億澳元", 80000000000, "澳元", "預計投資金額", T=True),
    g("50個", 50, "個", "新推薦入駐項目"),
    g("33個", 33, "個", "首批推薦入園項目"),
    g("16個", 16, "個", "已落地項目"),
    g("約800億澳門元", 80000000000, "澳門元", "預計投資金額", T=True),
    g("7個", 7, "個", "工作組", s="珠澳合作機制"),
    g("33個", 33, "個", "第一批推薦項目"),
    g("16個", 16, "個", "已完成拍賣土地項目"),
    g("約800億澳門元", 80000000000, "澳門元", "預計投資金額", T=True),
    g("12個", 12, "個", "已動工項目"),
    g("50個", 50, "個", "新推薦項目"),
]
DATES = [D("2016-11-11", "2016-11-11"), D("11日", "2016-11-11", inferred=True)]
