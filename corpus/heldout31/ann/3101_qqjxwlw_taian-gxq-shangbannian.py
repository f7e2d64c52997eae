# qqjxwlw.cn (全球机械物联网平台, industry portal) repost of a 泰安高新区 half-year report. Menus, the printed date line
# `2022-08-15 2840` (2840 a view counter, excluded), the `导读` teaser (cut off by the site, kept) and the body kept;
# the stored text breaks off in the services paragraph (`同比增`), so it is cut after the industry paragraph: the only
# company (泰盈科技) stood in the cut tail, so the page names no enterprise. Zone: 泰安高新区 (`山东泰安高新区` in the
# headline contains it; primary). Headline printed with a space between its two clauses, kept.
# Dates: `上半年` is a calendar span (as heldout16's `一季度`, `去年下半年`): each of its three mentions (headline and two
# body paragraphs) → 2022-01..2022-06, year from the date line (inferred). `今年以来` no date.
# Figures: ranks (`第2位`, `第1位`, `第3位`) no figures. `高于全市平均X个百分点` is a gap in growth, not itself a change
# (change false); `同比提高0.71个百分点`, `环比提高3个百分点` are changes. Subject the zone throughout (全区 = the zone).
PUBLISHED = "2022-08-15"
PUBLISHED_INFERRED = False
TA = "泰安高新区"
H1 = ("2022-01", "2022-06")
Q = dict(S=TA, K="zone", P=H1)
ARTICLES = [A("山东泰安高新区紧抓新型工业化战略 上半年经济发展质效稳步提升", TA)]
ZONES = [Z(TA, [TA])]
ENTERPRISES = []
FIGURES = [
    F("115.02亿元", 11502000000, "元", **Q, M="生产总值"),
    F("4.4%", 4.4, "%", **Q, M="生产总值增长", C=True),
    F("0.8个百分点", 0.8, "个百分点", **Q, M="生产总值增速高于全市平均"),
    F("40.7%", 40.7, "%", **Q, M="工业增加值占GDP的比重"),
    F("0.71个百分点", 0.71, "个百分点", **Q, M="工业增加值占GDP的比重同比提高", C=True),
    F("12.6%", 12.6, "%", **Q, M="规模以上工业增加值增长", C=True),
    F("4个百分点", 4, "个百分点", **Q, M="规上工业增加值增速高于全市平均"),
    F("13.5%", 13.5, "%", **Q, M="规模以上制造业增加值增长", C=True),
    F("3.7%", 3.7, "%", **Q, M="电力、热力、燃气及水生产和供应业增加值增长", C=True),
    F("22个", 22, "个", **Q, M="在统行业大类"),
    F("11个", 11, "个", **Q, M="增加值正增长行业"),
    F("50%", 50, "%", **Q, M="增长面"),
    F("11.5%", 11.5, "%", **Q, M="规模以下工业增加值增长", C=True),
    F("7个百分点", 7, "个百分点", **Q, M="规下工业增加值增速高于全市平均"),
    F("208.2亿元", 20820000000, "元", **Q, M="规模以上工业总产值"),
    F("5.2%", 5.2, "%", **Q, M="规模以上工业总产值增长", C=True),
    F("222.8亿元", 22280000000, "元", **Q, M="规模以上工业营业收入"),
    F("9.8%", 9.8, "%", **Q, M="规模以上工业营业收入增长", C=True),
    F("3个百分点", 3, "个百分点", **Q, M="营业收入增速环比提高", C=True),
]
DATES = [D("2022-08-15", "2022-08-15")] + [D("上半年", "2022-01", "2022-06", inferred=True)] * 3
EXCLUDE = ["2840", "第2位", "第1位", "第3位"]
