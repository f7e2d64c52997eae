# tastyfever.com (`新能源电报` flash-news page reposting a 湖北日报 item, provincial paper), crumbs, empty `来源:`/`热度:`,
# printed `时间:2022-12-14 20:46:33` (clock no figure). A digest repeats the headline and the lead, cut at `3500`
# before a line break (its figures/dates count at each occurrence; `3500` with its unit cut off → unit "", heldout10's
# `逾1.3兆`). The `Baidu map` widget after the item was cut.
# Title = the headline (also glued before the digest and in `【…】` twice: one title). Zone 荆门高新区 (primary).
# Companies: 亿纬动力, 亿纬锂能 (its parent; `亿纬` a variant), 格林美 (short). 荆门动力储能电池产业园 is a park.
# `上万名` (1万, scale word) is a figure, approx by hand. `1600亿元以上` a forecast (target, 预计, `十四五` end: no
# calendar date, period null). `11月19日` → 2022-11-19 (×2, inferred); `上半年` → 2022-01..06 (inferred).
PUBLISHED = "2022-12-14"
PUBLISHED_INFERRED = False
JM = "荆门高新区"
ZK = dict(S=JM, K="zone")
D19 = "2022-11-19"
H1 = ("2022-01", "2022-06")
PK = dict(S="荆门动力储能电池产业园", K="other")
Y = 100000000
ARTICLES = [A("荆门锚定全国动力储能电池产业示范园区", JM)]
ZONES = [Z(JM, [JM])]
ENTERPRISES = [
    E("亿纬动力", kind="short"),
    E("亿纬锂能", ["亿纬"], kind="short"),
    E("格林美", kind="short"),
]
FIGURES = [
    F("463亿元", 463*Y, "元", **PK, M="总投资", P=None),
    F("3500", 3500, "", kind="count", **PK, M="施工工人", P=D19),
    F("463亿元", 463*Y, "元", **PK, M="总投资", P=None),
    F("3500多名", 3500, "名", **PK, M="施工工人", P=D19),
    F("300余台套", 300, "台套", **PK, M="施工设备", P=D19),
    F("6个", 6, "个", S="亿纬动力", K="enterprise", M="厂区", P=D19),
    F("14个", 14, "个", S="亿纬动力", K="enterprise", M="投产工厂", P=D19),
    F("上万名", 10000, "名", approx=True, S="亿纬动力", K="enterprise", M="员工", P=D19),
    F("9亿多元", 9*Y, "元", S="亿纬锂能", K="enterprise", M="研发投入", P=H1),
    F("21家", 21, "家", **ZK, M="锂电产业重点企业", P="2022-11"),
    F("1600亿元以上", 1600*Y, "元", S="荆门", K="other", M="锂电产业产值", P=None, T=True),
]
DATES = [
    D("2022-12-14", "2022-12-14"),
    D("11月19日", D19, inferred=True),
    D("11月19日", D19, inferred=True),
    D("上半年", H1[0], H1[1], inferred=True),
]
EXCLUDE = ["20:46:33"]
