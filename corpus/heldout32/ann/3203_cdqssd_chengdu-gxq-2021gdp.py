# cdqssd.com (content site) repost of a 川观新闻 story: headline stored twice with the repost stamp `2022-07-14 09:53:52`
# between (one title; clock no figure), `来源:` line, `>>看…` section labels and subheads kept. The stored text broke off
# inside the `>>看对外贸易` section (`“高级认证企业免除担`): cut after the last complete paragraph (`…21.21%。`), the
# section's label and subhead going with it. Published: the printed repost date 2022-07-14 (heldout16's 1609 rule).
# Zone: 成都高新区 (primary). Enterprise: 鸿富锦 (short). Each occurrence counts: the title's `11.1%`, `2800亿` and
# `2021年` twice. `2021年` is a date at its five occurrences; `去年以来`/bare `去年` are no dated mention (as GUIDE's
# 今年以来; heldout16 did not date bare 今年/去年). `前十`, `第二家`, `第十年` are ranks/ordinals. No unit printed → ""
# (`2800亿`, `超4000亿`, `4702亿`, `564.28亿`); `突破` sets no approx, `超` does.
PUBLISHED = "2022-07-14"
PUBLISHED_INFERRED = False
CD = "成都高新区"
Z21 = dict(S=CD, K="zone", P="2021")
ARTICLES = [A("同比增长11.1% 成都高新区2021年GDP突破2800亿", CD)]
ZONES = [Z(CD, [CD])]
ENTERPRISES = [E("鸿富锦", kind="short")]
FIGURES = [
    F("11.1%", 11.1, "%", **Z21, M="GDP同比增长", C=True),
    F("2800亿", 280000000000, "", **Z21, M="GDP"),
    F("11.1%", 11.1, "%", **Z21, M="GDP同比增长", C=True),
    F("2800亿", 280000000000, "", **Z21, M="GDP"),
    F("2800.6亿元", 280060000000, "元", **Z21, M="地区生产总值"),
    F("11.1%", 11.1, "%", **Z21, M="地区生产总值同比增长", C=True),
    F("超4000亿", 400000000000, "", **Z21, M="规上电子信息制造业产值"),
    F("4702亿", 470200000000, "", **Z21, M="电子信息产业规上企业产值"),
    F("24.2%", 24.2, "%", **Z21, M="电子信息产业规上企业产值增长", C=True),
    F("65个", 65, "个", **Z21, M="引进产业链项目"),
    F("9个", 9, "个", **Z21, M="引进重大项目"),
    F("564.28亿", 56428000000, "", **Z21, M="引进产业链项目总投资"),
    F("1000亿元", 100000000000, "元", **Z21, M="医药健康产业规模"),
    F("300亿元", 30000000000, "元", **Z21, M="医药规上工业产值"),
    F("15.8%", 15.8, "%", **Z21, M="医药规上工业产值同比增长", C=True),
    F("27.5亿元", 2750000000, "元", **Z21, M="医药规上营利性服务业营收"),
    F("18%", 18, "%", **Z21, M="医药规上营利性服务业营收同比增长", C=True),
    F("176亿元", 17600000000, "元", **Z21, M="限上医药商贸业销售额"),
    F("14.1%", 14.1, "%", **Z21, M="限上医药商贸业销售额同比增长", C=True),
    F("1252亿元", 125200000000, "元", **Z21, M="规上新经济属性服务业企业营收"),
    F("26.09%", 26.09, "%", **Z21, M="规上新经济属性服务业企业营收同比增长", C=True),
    F("1134.52亿元", 113452000000, "元", **Z21, M="信息传输、软件和信息技术服务业企业营收"),
    F("21.21%", 21.21, "%", **Z21, M="信息传输、软件和信息技术服务业企业营收同比增长", C=True),
]
DATES = [D("2021年", "2021"), D("2022-07-14", "2022-07-14"), D("2021年", "2021"), D("2022年1月28日", "2022-01-28"),
         D("2021年", "2021"), D("2021年", "2021"), D("2021年", "2021")]
EXCLUDE = ["09:53:52"]
