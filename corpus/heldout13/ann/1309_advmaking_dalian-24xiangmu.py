# advmaking.com (content-farm copy, Traditional with glued pinyin readings, of a 人民網 page of a 人民日報 story),
# printed `2023年01月30日08:19` (clock no figure) and the paper's edition line `( 2023年01月30日 10 版)` (both dates;
# page number `10 版` excluded). Cut after the editor line (share widget dropped).
# Zone: `高新區(qū)黃泥川智能制造產業園項目` in a list of 大連's districts is 大連's 高新区 (the city named in the
# same story), canonical `大連高新區` (script kept), printed `高新區(qū)` its variant; 太平灣合作創新區 (no GUIDE word),
# 中山區 (a district) and the industrial park are no zones. No companies (人民日報/人民網 media; a school).
# `本報大連1月29日電` → 2023-01-29, `28日` and `1月28日` → 2023-01-28 (year inferred). `今年` no date.
PUBLISHED = "2023-01-30"
PUBLISHED_INFERRED = False
DL = dict(S="大連", K="other")
Y = 100000000
D28 = "2023-01-28"
ARTICLES = [A("遼寧大連開工24個重點項目 總投資838.6億元", None)]
ZONES = [Z("大連高新區", ["高新區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("24個", 24, "個", **DL, M="開工重點項目", P=D28),
    F("838.6億元", 838.6*Y, "元", **DL, M="總投資", P=D28),
    F("12個", 12, "個", **DL, M="地區", P=D28),
    F("24個", 24, "個", **DL, M="新開工項目", P=D28),
    F("838.6億元", 838.6*Y, "元", **DL, M="總投資", P=D28),
    F("24個", 24, "個", **DL, M="重點項目", P=D28),
    F("52%", 52, "%", **DL, M="產業項目數量占比", P="2023"),
    F("40.2%", 40.2, "%", **DL, M="產業項目數量增長", P="2023", C=True),
    F("35.2%", 35.2, "%", **DL, M="基礎設施及社會民生事業項目數量占比", P="2023"),
    F("17.4%", 17.4, "%", **DL, M="基礎設施及社會民生事業項目數量增長", P="2023", C=True),
]
DATES = [
    D("2023年01月30日", "2023-01-30"),
    D("1月29日", "2023-01-29", inferred=True),
    D("28日", D28, inferred=True),
    D("1月28日", D28, inferred=True),
    D("2023年01月30日", "2023-01-30"),
]
EXCLUDE = ["08:19", "10 版"]
