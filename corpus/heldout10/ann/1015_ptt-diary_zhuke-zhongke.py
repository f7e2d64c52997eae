# ptt-diary.tw (PTT forum archive, board `工作`, counter `18141`), Traditional, reposting a 工商時報 page printed
# `04:10 2021/12/15` (clock no figure). The post title `[新聞] …` repeats the headline: the forum tag is dropped and the
# headline counted once as a title, its occurrences separately (heldout9). Two articles: the 竹科 story (郭及天) with
# its in-text subhead `竹科創紀錄 連12年破兆` (a deck, no title), and the bylined 中科 story (曾麗芳) with its own
# headline. The stored text breaks off in the 中科 story: cut after its last complete paragraph.
# Hard line breaks of the store split `1.3兆⏎元`, `前10⏎月`: texts taken as printed before the break (`逾1.3兆` with
# unit "", `前10` as the date span). No GUIDE zones (Taiwan 科學園區), no company. NEW: a bare `兆`/`兆元` milestone
# with no numeral (`破兆`, `突破兆元`, `兆元大關`) is a size class, no figure. `41年`, `連續12年`, `連12年`: durations in
# 年. `六大`, `三棟` small counts. `較2020同期` → date 2020; `今年前十月`/`2021年前十月`/`前10` → 2021-01..10.
PUBLISHED = "2021-12-15"
PUBLISHED_INFERRED = False
ZK = "新竹科學園區"
M10 = ("2021-01", "2021-10")
ARTICLES = [A("竹科、中科年營收 可望雙雙破兆", None), A("中科轉大人 首度破兆元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("逾1.3兆", 1.3e12, "", kind="money", S=ZK, K="other", M="營業額", P=M10),
    F("29.5%", 29.5, "%", S=ZK, K="other", M="營業額年增", P=M10, C=True),
    F("565.6%", 565.6, "%", S="生醫園區", K="other", M="營業額成長", P=M10, C=True),
    F("14%", 14, "%", S=ZK, K="other", M="年產值相當於全台GDP", P=None),
    F("1.24兆元", 1.24e12, "元", S=ZK, K="other", M="營業額", P="2020"),
    F("8,430.54億元", 843054000000, "元", S="中科", K="other", M="營業額", P=M10),
    F("9.45%", 9.45, "%", S="中科", K="other", M="營業額年成長", P=M10, C=True),
]
DATES = [
    D("2021/12/15", "2021-12-15"),
    D("12月15日", "2021-12-15", inferred=True),
    D("今年前十月", M10[0], M10[1], inferred=True),
    D("2020", "2020"),
    D("2004年", "2004"),
    D("2010年", "2010"),
    D("2020年", "2020"),
    D("2021年前十月", M10[0], M10[1]),
    D("2021年", "2021"),
    D("前10", M10[0], M10[1], inferred=True),
    D("2021年", "2021"),
]
EXCLUDE = ["18141", "04:10", "41年", "12年"]
