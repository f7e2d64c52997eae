# mltypt.sbs (a gambling site's spun copy of a 东莞 park operator's news page): crumbs `首页`/`新闻中心`, the printed
# date `2024.02.23` before the headline (published 2024-02-23, not inferred), `浏览量:3146` (a counter, no figure)
# after it. The spinner replaced an association's name by `海外永胜是什么公司` (three times, headline included):
# kept as stored; it is no company (the source names a 侨 association, and the string is spam, not a name).
# The stored text breaks off in the `接下来` paragraph: cut after the one before (its missing full stop is the page's).
# Dates: `2月21日` (2024, inferred), `2023年`; the year glued to the document title `2023《东莞市产业园区发展白皮书》`
# is part of a document name (GUIDE: no date).
# Companies: 中天集团 (group), 产业中天 (the operator's brand used as a company: `产业中天与城市产业共进`; short).
# Not enterprises: 联科国际信息产业园/联科 and 宏远中天·AI产业中心/联科滨海智造港 (parks), 天企汇 (a talent centre),
# 市工信局/市侨联 (government bodies). No zone (南城街道, 厚街镇 are streets/towns; 示范片区 a planning area).
# Figures: `千亩` (Chinese numeral with scale word → 1000 亩, GUIDE's letter), `5亿元以上` (threshold, approx);
# `两个园区`, `十大` and the quoted programme name `“百千万工程”` no figures.
PUBLISHED = "2024-02-23"
PUBLISHED_INFERRED = False
LK = dict(S="联科国际信息产业园", K="other")
ARTICLES = [A("东莞市海外永胜是什么公司理事代表莅临联科考察调研", None)]
ZONES = []
ENTERPRISES = [E("中天集团", kind="group"), E("产业中天", kind="short")]
FIGURES = [
    F("104平方公里", 104, "平方公里", S="东莞", K="other", M="综合示范片区面积", P="2023"),
    F("300余家", 300, "家", **LK, M="引育优企总部", P="2024-02"),
    F("42家", 42, "家", **LK, M="新质生产力企业", P="2024-02"),
    F("79人", 79, "人", **LK, M="高层次人才", P="2024-02"),
    F("5亿元以上", 500000000, "元", **LK, M="纳税额", P="2023"),
    F("千亩", 1000, "亩", **LK, M="产业集聚带面积"),
]
DATES = [D("2024.02.23", "2024-02-23"), D("2月21日", "2024-02-21", inferred=True), D("2023年", "2023")]
EXCLUDE = ["3146", "2023《东莞市产业园区发展白皮书》"]
