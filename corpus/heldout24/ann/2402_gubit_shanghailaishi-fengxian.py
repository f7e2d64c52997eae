# gubit.cn (stock-analysis portal `ddx`), a 上证报 digest of a listed company's announcement; whole as returned (the
# site's own URL line with date and clock kept). Printed `2023-07-31` → published. Stock code `002252` is furniture.
# 上海莱士 (short; `公司` refers back to it). `约为16亿元`: the marker 约 stands before 为, the figure's text keeps both
# (approx). Both 16亿元 are the planned investment (拟, 预计 → target), no period given. 奉贤 is a district, no zone.
PUBLISHED = "2023-07-31"
PUBLISHED_INFERRED = False
LS = "上海莱士"
EK = dict(S=LS, K="enterprise", P=None, T=True)
ARTICLES = [A("上海莱士拟投资16亿元扩建公司奉贤生产基地", None)]
ZONES = []
ENTERPRISES = [E(LS, kind="short")]
FIGURES = [
    F("16亿元", 1600000000, "元", **EK, M="扩建奉贤生产基地投资"),
    F("约为16亿元", 1600000000, "元", **EK, M="项目总投资金额"),
]
DATES = [D("2023-07-31", "2023-07-31")]
EXCLUDE = ["19:34", "002252"]
