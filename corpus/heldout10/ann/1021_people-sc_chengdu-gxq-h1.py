# sc.people.com.cn BIG5 (人民網 四川頻道, Traditional conversion of a 四川日報 story, provincial paper), crumbs kept,
# printed `2021年08月06日07:28` (clock no figure). The stored text breaks off in the paragraph on talent: cut after the
# last complete paragraph. Title = the main headline; the kicker above it (`GDP增長13.6%`) is dropped from the title
# (heldout7) but its figure counts; the `原標題:` line repeats it (one title). In-text section heads (`看產業發展`,
# `科創板上市及過會企業達6家`) are no titles; their figures count.
# Zone 成都高新區 (script kept, heldout8/9). Companies: 鴻富錦, 戴爾, 歐林生物, 康諾亞 (short), 中自環保科技股份有限公司
# (registered). 成都京東方醫院 is a hospital (no company entry), 成都天府國際生物城 a park. `第6家` ordinal; `三大` small
# count; `25%以上` threshold is a figure. `今年上半年`/`上半年`/`1-6月` → 2021-01..06 (year inferred); `半年“成績單”`
# (no calendar value) no date.
PUBLISHED = "2021-08-06"
PUBLISHED_INFERRED = False
CD = "成都高新區"
ZK = dict(S=CD, K="zone")
H1 = ("2021-01", "2021-06")
ARTICLES = [A("成都高新區半年“成績單”看亮點", CD)]
ZONES = [Z(CD, [CD])]
ENTERPRISES = [
    E("鴻富錦", kind="short"),
    E("戴爾", kind="short"),
    E("歐林生物", kind="short"),
    E("康諾亞", kind="short"),
    E("中自環保科技股份有限公司"),
]
Y = 100000000
FIGURES = [
    F("13.6%", 13.6, "%", **ZK, M="GDP增長", P=H1, C=True),
    F("1393.1億元", 1393.1*Y, "元", **ZK, M="地區生產總值", P=H1),
    F("13.6%", 13.6, "%", **ZK, M="地區生產總值增長", P=H1, C=True),
    F("10.7%", 10.7, "%", **ZK, M="規上工業增加值增長", P=H1, C=True),
    F("15.8%", 15.8, "%", **ZK, M="服務業增加值增長", P=H1, C=True),
    F("458.9億元", 458.9*Y, "元", **ZK, M="社會消費品零售總額", P=H1),
    F("25.1%", 25.1, "%", **ZK, M="社會消費品零售總額增長", P=H1, C=True),
    F("2650.7億元", 2650.7*Y, "元", **ZK, M="外貿進出口總額", P=H1),
    F("11.4%", 11.4, "%", **ZK, M="外貿進出口總額增長", P=H1, C=True),
    F("10.7%", 10.7, "%", **ZK, M="規上工業企業增加值增長", P=H1, C=True),
    F("6.9%", 6.9, "%", S="電子信息產業", K="other", M="拉動全區規上工業增長", P=H1, C=True),
    F("25.7%", 25.7, "%", **ZK, M="規上電子信息制造業總產值增長", P=H1, C=True),
    F("12家", 12, "家", **ZK, M="25%以上高速增長企業", P=H1),
    F("25%", 25, "%", **ZK, M="高速增長門檻", P=None),
    F("13.2%", 13.2, "%", **ZK, M="規上生物制造業增長", P=H1, C=True),
    F("544.7億元", 544.7*Y, "元", **ZK, M="新經濟屬性規上企業營收", P=H1),
    F("38.8%", 38.8, "%", **ZK, M="新經濟屬性規上企業營收增速", P=H1, C=True),
    F("424家", 424, "家", **ZK, M="軟件和信息技術服務業企業", P=H1),
    F("516.9億元", 516.9*Y, "元", **ZK, M="軟件和信息技術服務業營收", P=H1),
    F("38.9%", 38.9, "%", **ZK, M="軟件和信息技術服務業營收增長", P=H1, C=True),
    F("6家", 6, "家", **ZK, M="科創板上市及過會企業", P="2021-06"),
    F("11家", 11, "家", **ZK, M="新增上市及過會企業", P=H1, C=True),
    F("3122件", 3122, "件", **ZK, M="新增發明專利", P=H1, C=True),
    F("約1500件", 1500, "件", **ZK, M="高價值發明專利", P=H1, C=True),
    F("259人", 259, "人", **ZK, M="新增高層次“四派”創業人才", P=H1, C=True),
    F("3個", 3, "個", **ZK, M="新增國家級創新平台", P=H1, C=True),
    F("1個", 1, "個", **ZK, M="新增國家級孵化器", P=H1, C=True),
]
DATES = [
    D("2021年08月06日", "2021-08-06"),
    D("今年上半年", H1[0], H1[1], inferred=True),
    D("上半年", H1[0], H1[1], inferred=True),
    D("今年上半年", H1[0], H1[1], inferred=True),
    D("1-6月", H1[0], H1[1], inferred=True),
    D("6月28日", "2021-06-28", inferred=True),
    D("今年上半年", H1[0], H1[1], inferred=True),
]
EXCLUDE = ["07:28", "第6家"]
