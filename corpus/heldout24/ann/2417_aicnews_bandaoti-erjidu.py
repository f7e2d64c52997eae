# aicnews.cn (tech content farm, uploader `aixo`) repost of a 数据宝 item; whole as returned. Printed
# `2024-09-03 01:05:57` twice (both dated mentions; clocks no figures) → published.
# Dates: the headline's spaced `2024 年二季度` and the body's `2024年二季度` (2024-04..2024-06), bare `二季度` twice
# (inferred), `上半年` three times (2024-01..2024-06, inferred), `2022年四季度` (2022-10..2022-12, in `…以来`).
# Companies: 英集芯, 长川科技, 韦尔股份, 全志科技, 德明利, 晶合集成 (listed short names → short). SIA is an association,
# 数据宝 a data outlet. `百亿元级别` is a size class (no figure); `超五成` → 50 % approx (X成, heldout16); `只` and `股`
# count stocks (kind count). `均在700%以上` holds for the three leaders; its subject is the first, 英集芯.
PUBLISHED = "2024-09-03"
PUBLISHED_INFERRED = False
Q2 = ("2024-04", "2024-06")
H1 = ("2024-01", "2024-06")
GL = dict(S="全球半导体行业", K="other", P=Q2)
CN = dict(S="我国半导体行业", K="other", P=Q2)
AG = dict(S="A股半导体板块", K="other")
ARTICLES = [A("2024 年二季度全球半导体行业销售额增长,我国贡献明显增量", None)]
ZONES = []
ENTERPRISES = [E("英集芯", kind="short"), E("长川科技", kind="short"), E("韦尔股份", kind="short"),
               E("全志科技", kind="short"), E("德明利", kind="short"), E("晶合集成", kind="short")]
FIGURES = [
    F("1499亿美元", 149900000000, "美元", **GL, M="销售额"),
    F("6.5%", 6.5, "%", **GL, M="销售额环比增长", C=True),
    F("18.3%", 18.3, "%", **GL, M="销售额同比增长", C=True),
    F("442.6亿美元", 44260000000, "美元", **CN, M="销售额"),
    F("2.86%", 2.86, "%", **CN, M="销售额环比增长", C=True),
    F("23.39%", 23.39, "%", **CN, M="销售额同比增长", C=True),
    F("159家", 159, "家", **AG, M="上市公司"),
    F("2738.31亿元", 273831000000, "元", **AG, M="营业收入", P=H1),
    F("22.01%", 22.01, "%", **AG, M="营业收入同比增长", P=H1, C=True),
    F("179.21亿元", 17921000000, "元", **AG, M="归母净利润", P=H1),
    F("11.57%", 11.57, "%", **AG, M="归母净利润同比增长", P=H1, C=True),
    F("1465.21亿元", 146521000000, "元", **AG, M="营业收入", P=Q2),
    F("22.94%", 22.94, "%", **AG, M="营业收入同比增长", P=Q2, C=True),
    F("15.09%", 15.09, "%", **AG, M="营业收入环比增长", P=Q2, C=True),
    F("111.38亿元", 11138000000, "元", **AG, M="归母净利润", P=Q2),
    F("15.85%", 15.85, "%", **AG, M="归母净利润同比增长", P=Q2, C=True),
    F("64.21%", 64.21, "%", **AG, M="归母净利润环比增长", P=Q2, C=True),
    F("18只", 18, "只", kind="count", **AG, M="扭亏为盈的半导体股", P=H1),
    F("15股", 15, "股", kind="count", **AG, M="同比减亏的股", P=H1),
    F("54股", 54, "股", kind="count", **AG, M="净利润同比增长的股", P=H1),
    F("超五成", 50, "%", **AG, M="报喜比例", P=H1),
    F("700%以上", 700, "%", S="英集芯", K="enterprise", M="净利润增幅", P=H1, C=True),
]
DATES = [D("2024 年二季度", "2024-04", "2024-06"), D("2024-09-03", "2024-09-03"), D("2024-09-03", "2024-09-03"),
         D("2024年二季度", "2024-04", "2024-06"), D("二季度", "2024-04", "2024-06", inferred=True),
         D("上半年", "2024-01", "2024-06", inferred=True), D("二季度", "2024-04", "2024-06", inferred=True),
         D("2022年四季度", "2022-10", "2022-12"), D("上半年", "2024-01", "2024-06", inferred=True),
         D("上半年", "2024-01", "2024-06", inferred=True)]
EXCLUDE = ["01:05:57"]
