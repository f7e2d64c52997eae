# lfdjt.com (small site) copy of a 河北日报 feature on 廊坊临空经济区; the photo caption is stored before the paragraph
# that repeats it (each occurrence's date counts). The stored text breaks off in the 宏芯 paragraph: cut after the
# paragraph before, so its company (宏芯信息科技(北京)股份有限公司) is no part of the page. No printed date: the
# ceremony `2020年廊坊市春季重点项目集中开工` (a ceremony's year is a date, heldout16, at both occurrences) gives
# `3月2日` its year → published `2020` (inferred).
# Zone (judgment call): 廊坊临空经济区 is part of the national-rank 北京大兴国际机场临空经济区 (a 临空经济示范区), taken
# as a zone of the same rank (GUIDE); bare `临空经济区` a variant; primary. No company remains on the page.
# `到2025年` targets (7200万人次, 200万吨) are the airport's; the signing totals are the ceremony day's.
PUBLISHED = "2020"
PUBLISHED_INFERRED = True
LK = "廊坊临空经济区"
JC = dict(S="北京大兴国际机场", K="other", P="2025", T=True)
D0 = "2020-03-02"
ARTICLES = [A("聚焦廊坊临空经济区建设:“空港效应”驱动区域经济腾飞", LK)]
ZONES = [Z(LK, [LK, "临空经济区"])]
ENTERPRISES = []
FIGURES = [
    F("7200万人次", 72000000, "人次", **JC, M="旅客吞吐量"),
    F("200万吨", 2000000, "吨", **JC, M="货邮吞吐量"),
    F("103个", 103, "个", S="廊坊", K="other", M="集中开工重点项目", P=D0),
    F("21个", 21, "个", S=LK, K="zone", M="集中开工项目", P=D0),
    F("634亿元", 63400000000, "元", S=LK, K="zone", M="总投资", P=D0),
]
DATES = [D("2025年", "2025"), D("3月2日", D0, inferred=True), D("2020年", "2020"), D("3月2日", D0, inferred=True),
         D("2020年", "2020")]
EXCLUDE = []
