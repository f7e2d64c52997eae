# finance.eastmoney.com, 财联社 flash (company announcement). No date is printed and the text gives none;
# the URL (a/202603223679722891) suggests 2026-03-22 — published left null. `三年` (duration in 年) and the
# stock code 301616.SZ are not figures. 财联社 (media) is not an enterprise.
PUBLISHED = None
PUBLISHED_INFERRED = True
HY = "浙江华业"
PJ = "穆岙生产基地项目(二期)"
ARTICLES = [A("浙江华业:拟投资10.94亿元建设穆岙生产基地二期项目", None)]
ZONES = []
ENTERPRISES = [E(HY, kind="short")]
FIGURES = [
    F("10.94亿元", 1094000000, "元", S=HY, K="enterprise", M="拟投资", P=None, T=True),
    F("10.94亿元", 1094000000, "元", S=HY, K="enterprise", M="计划总投资", P=None, T=True),
    F("约12亿元", 1200000000, "元", S=PJ, K="other", M="年产值", P=None, T=True),
]
DATES = []
