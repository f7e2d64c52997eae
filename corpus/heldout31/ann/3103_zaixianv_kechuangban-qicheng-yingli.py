# zaixianv.com (都市在线 | 漳州发展网, aggregator) copy of a 东方网 item on the STAR market's first annual reports. Crumbs,
# the ad slot `ad1` (excluded), the source line with `发布时间:2020-05-01 15:15` (printed date; clock and the read
# counter `5364` excluded) kept; the disclaimer after the byline cut.
# Companies (short): 微芯生物, 赛诺医疗, 中微公司 (a bare name ending in 公司, GUIDE's short). No zone.
# Figures: `百家` (headline and body) carries the scale word 百 → 100 家 (GUIDE's scale-word rule, heldout16's `突破千亿元`);
# `X成` → X·10 % (heldout16): 七成 (headline and body), 八成, 九成, `超过三成`. `两位数增长` is a size class (no figure).
# `接近50%` keeps its marker in the text (近 → approx); the share is shared by 微芯生物 and 赛诺医疗: subject the first
# named. `中微公司等11家公司…超过20%`: the count's subject is 科创板公司, the share's 中微公司 (the named head of the list).
# Dates: `2019年` at each of its three mentions (fiscal year of the reports, as heldout16's 會計年度); `昨天` is a
# deictic word, not entered as a date (it would be 2020-04-30); the period of every 2019 figure is 2019.
PUBLISHED = "2020-05-01"
PUBLISHED_INFERRED = False
KC = dict(S="科创板公司", K="other", P="2019")
ARTICLES = [A("百家科创板上市公司七成盈利两位数增长", None)]
ZONES = []
ENTERPRISES = [E("微芯生物", kind="short"), E("赛诺医疗", kind="short"), E("中微公司", kind="short")]
FIGURES = [
    F("百家", 100, "家", S="科创板上市公司", K="other", M="上市公司"),
    F("七成", 70, "%", **KC, M="收入和净利润两位数增长公司占比"),
    F("百家", 100, "家", S="科创板上市公司", K="other", M="披露年报公司", P="2019"),
    F("1471.15亿元", 147115000000, "元", **KC, M="营业收入"),
    F("14%", 14, "%", **KC, M="营业收入增长", C=True),
    F("178.12亿元", 17812000000, "元", **KC, M="归母净利润"),
    F("25%", 25, "%", **KC, M="归母净利润增长", C=True),
    F("七成", 70, "%", **KC, M="收入和净利润两位数增长公司占比"),
    F("八成", 80, "%", **KC, M="收入和净利润增长公司占比"),
    F("九成", 90, "%", **KC, M="扣非后盈利公司占比"),
    F("117亿元", 11700000000, "元", **KC, M="研发金额"),
    F("23%", 23, "%", **KC, M="研发金额增幅", C=True),
    F("12%", 12, "%", **KC, M="研发投入占营业收入的比例"),
    F("接近50%", 50, "%", S="微芯生物", K="enterprise", P="2019", M="研发投入占比"),
    F("11家", 11, "家", **KC, M="研发投入占比超过20%的公司"),
    F("超过20%", 20, "%", S="中微公司", K="enterprise", P="2019", M="研发投入占比"),
    F("超过三成", 30, "%", **KC, M="研发人员占员工总数的比例"),
    F("超过200人", 200, "人", **KC, M="平均每家研发人员"),
    F("10%", 10, "%", **KC, M="研发人员增长", C=True),
    F("19家", 19, "家", **KC, M="实施股权激励计划公司"),
    F("超3000人", 3000, "人", **KC, M="股权激励涉及员工人数"),
]
DATES = [D("2020-05-01", "2020-05-01")] + [D("2019年", "2019")] * 3
EXCLUDE = ["ad1", "15:15", "5364"]
