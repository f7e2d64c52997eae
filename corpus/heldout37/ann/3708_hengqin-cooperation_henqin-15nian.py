# hengqin-cooperation.gov.mo (the 橫琴粵澳深度合作區 executive committee's Macau site, Traditional script), a 新華社 item
# in its `深合區概覽` section (a section name, no title). Whole as returned; `圖片` placeholders kept. Published
# 2024-12-23 as printed; `今年…` resolve to 2024. `15年前`/`15年後`/`15年來` are durations counted in 年 (no figures).
# Zone (judgment call): 橫琴粵澳深度合作區, a national-rank cooperation zone, taken as a zone of the same rank (GUIDE);
# variants the section name's `深合區` and bare `合作區` (as heldout16's bare `开发区`); primary. 橫琴 alone is the island.
# No company. `20秒` set as a duration by hand; `3.2倍` (較2021年同期增長) a change.
PUBLISHED = "2024-12-23"
PUBLISHED_INFERRED = False
HQ = "橫琴粵澳深度合作區"
K = dict(S=HQ, K="zone")
Q3 = ("2024-01", "2024-09")
ARTICLES = [A("你可知橫琴?", HQ)]
ZONES = [Z(HQ, [HQ, "深合區", "合作區"])]
ENTERPRISES = []
FIGURES = [
    F("106.46平方公里", 106.46, "平方公里", S="橫琴", K="other", M="總面積"),
    F("20秒", 20, "秒", kind="duration", S="橫琴口岸", K="other", M="最快通關時間", P="2024-03"),
    F("16863人", 16863, "人", **K, M="生活居住的澳門居民", P="2024-10"),
    F("5297人", 5297, "人", **K, M="澳門居民就業人數", P="2024-10"),
    F("17.1%", 17.1, "%", **K, M="生活居住的澳門居民同比增長", P="2024-10", C=True),
    F("6.4%", 6.4, "%", **K, M="就業人數同比增長", P="2024-10", C=True),
    F("216.03億元", 21603000000, "元", **K, M="“四新”產業增加值", P=Q3),
    F("57.8%", 57.8, "%", **K, M="“四新”產業增加值佔地區生產總值比重", P=Q3),
    F("6521戶", 6521, "戶", **K, M="澳企總數", P="2024-10"),
    F("40.6%", 40.6, "%", **K, M="澳企總數較合作區成立時增長", P="2024-10", C=True),
    F("26.29億元", 2629000000, "元", **K, M="澳資產業增加值", P=Q3),
    F("3.2倍", 3.2, "倍", **K, M="澳資產業增加值較2021年同期增長", P=Q3, C=True),
]
DATES = [D("2024-12-23", "2024-12-23"), D("2009年", "2009"), D("今年3月", "2024-03", inferred=True),
         D("今年10月底", "2024-10", inferred=True), D("今年前三季度", Q3[0], Q3[1], inferred=True),
         D("今年10月", "2024-10", inferred=True), D("今年前三季度", Q3[0], Q3[1], inferred=True), D("2021年", "2021")]
EXCLUDE = ["15年前", "15年後", "15年來"]
