# duomi32.cn copy of a 中新社 wire. Printed `发布时间:2024-11-15 02:53:56` → published 2024-11-15 (false), although
# the wire's `12月12日电` cannot be later than that date (the story is of 2023). GUIDE: a mention without its year
# takes the page's year → 12月12日/12日 = 2024-12-12, 前三季度 = 2024-01..09 (all inferred); noted as a page whose
# printed date disagrees with its story. `sp20241115` (a code), clock time: not figures/dates.
# `连续四个月`: Chinese-numeral duration → figure (team convention, heldout6 `兩三個月`). No zones (国家高新区 is a
# category), no enterprises (中新社, 工信部 are not).
PUBLISHED = "2024-11-15"
PUBLISHED_INFERRED = False
G = "国家高新区"
Q = ("2024-01", "2024-09")
def g(t, v, u, m, c=False, approx=None, p=Q): return F(t, v, u, S=G, K="other", M=m, P=p, C=c, approx=approx)
W = 1000000000000
ARTICLES = [A("中国工信部:前三季度国家高新区生产总值同比增长7.11%", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    g("7.11%", 7.11, "%", "生产总值", True),
    g("178家", 178, "家", "国家高新区数量"),
    g("12.33万亿元", 12.33*W, "元", "园区生产总值"),
    g("7.11%", 7.11, "%", "园区生产总值", True),
    g("178家", 178, "家", "国家高新区数量"),
    g("13.50%", 13.5, "%", "园区生产总值占全国比重"),
    g("7.16万亿元", 7.16*W, "元", "第二产业增加值"),
    g("5.21%", 5.21, "%", "第二产业增加值", True),
    g("20.24%", 20.24, "%", "第二产业增加值占全国比重"),
    g("4.93万亿元", 4.93*W, "元", "第三产业增加值"),
    g("8.80%", 8.8, "%", "第三产业增加值", True),
    g("9.80%", 9.8, "%", "第三产业增加值占全国比重"),
    g("0.2个百分点", 0.2, "个百分点", "第三产业增加值占全国比重", True),
    g("23.49万亿元", 23.49*W, "元", "工业总产值"),
    g("2.64%", 2.64, "%", "工业总产值", True),
    g("1.59万亿元", 1.59*W, "元", "规模以上工业企业利润总额"),
    g("1.02%", 1.02, "%", "规模以上工业企业利润总额", True),
    g("四个月", 4, "个月", "连续同比正增长", p=None),
    g("57.63万家", 576300, "家", "新注册企业"),
    g("22%", 22, "%", "新注册企业占全国比重"),
    g("18.59%", 18.59, "%", "新注册企业", True),
    g("超过96%", 96, "%", "民营企业占比"),
]
DATES = [
    D("前三季度", Q[0], Q[1], inferred=True),
    D("2024-11-15", "2024-11-15"),
    D("12月12日", "2024-12-12", inferred=True),
    D("12日", "2024-12-12", inferred=True),
    D("前三季度", Q[0], Q[1], inferred=True),
    D("前三季度", Q[0], Q[1], inferred=True),
    D("前三季度", Q[0], Q[1], inferred=True),
    D("上半年", "2024-01", "2024-06", inferred=True),
    D("前三季度", Q[0], Q[1], inferred=True),
    D("前三季度", Q[0], Q[1], inferred=True),
]
EXCLUDE = ["02:53:56", "sp20241115"]  # clock time, source code
