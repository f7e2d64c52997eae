# sengpou.com (星報, Macau daily), Traditional: a 統計暨普查局 release on Macau's 2022 GDP. Site furniture (`您好!今天是`,
# `設為主頁…`, `當前報章2023年03月04日`, `今日導讀`, font controls) before the headline kept; the `昔日新聞` archive widget
# (month names and a year list 1950–2008, 2025) after the last paragraph cut. Published: the printed paper date.
# Dates: `2022年第4季` → 2022-10..2022-12, the bare `第4季` the same quarter (year inferred), `2022年` at each of its
# three stand-alone occurrences, `6月` → 2022-06 (inferred), `2022年第1季至第3季` → 2022-01..2022-09.
# No zone, no enterprise (macro statistics). Negative rates keep their sign (`-10.9%` → -10.9): check.py's VALUE
# heuristic reads only the digits and reports these three (explained in the README). `逾26%` approx.
# Facts: subject 澳門 (other); Q4 figures 2022-10..12, annual 2022, the revised quarterly rates their own quarter.
PUBLISHED = "2023-03-04"
PUBLISHED_INFERRED = False
Q4 = dict(S="澳門", K="other", P=("2022-10", "2022-12"))
Y = dict(S="澳門", K="other", P="2022")
ARTICLES = [A("去年經濟實質收縮逾26%", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("逾26%", 26, "%", **Y, M="經濟實質收縮", C=True),
    F("23.4%", 23.4, "%", **Q4, M="本地生產總值按年實質收縮", C=True),
    F("31.5%", 31.5, "%", **Q4, M="入境旅客人次按年下跌", C=True),
    F("27.1%", 27.1, "%", **Q4, M="服務出口按年下跌", C=True),
    F("46.6%", 46.6, "%", **Q4, M="博彩服務出口下跌", C=True),
    F("30.5%", 30.5, "%", **Q4, M="其他旅遊服務出口下跌", C=True),
    F("14.1%", 14.1, "%", **Q4, M="貨物出口下跌", C=True),
    F("13.9%", 13.9, "%", **Q4, M="固定資本形成總額按年下跌", C=True),
    F("10.5%", 10.5, "%", **Q4, M="私人消費下跌", C=True),
    F("1.9%", 1.9, "%", **Q4, M="政府最終消費支出增加", C=True),
    F("26.8%", 26.8, "%", **Y, M="全年經濟實質收縮", C=True),
    F("9.3%", 9.3, "%", **Y, M="內部需求按年下跌", C=True),
    F("8.9%", 8.9, "%", **Y, M="私人消費按年下跌", C=True),
    F("0.1%", 0.1, "%", **Y, M="政府最終消費支出按年微跌", C=True),
    F("18.9%", 18.9, "%", **Y, M="固定資本形成總額按年跌幅", C=True),
    F("26.0%", 26.0, "%", **Y, M="入境旅客人次按年下跌", C=True),
    F("52.7%", 52.7, "%", **Y, M="博彩服務出口下跌", C=True),
    F("29.6%", 29.6, "%", **Y, M="其他旅遊服務出口下跌", C=True),
    F("32.1%", 32.1, "%", **Y, M="整體服務出口按年下跌", C=True),
    F("18.1%", 18.1, "%", **Y, M="貨物出口下跌", C=True),
    F("1,773億澳門元", 177300000000, "澳門元", **Y, M="本地生產總值"),
    F("261,459澳門元", 261459, "澳門元", **Y, M="人均本地生產總值"),
    F("約32,415美元", 32415, "美元", **Y, M="人均本地生產總值"),
    F("0.4%", 0.4, "%", **Y, M="本地生產總值內含平減物價指數按年上升", C=True),
    F("1.1%", 1.1, "%", **Q4, M="本地生產總值內含平減物價指數上升", C=True),
    F("-10.9%", -10.9, "%", S="澳門", K="other", P=("2022-01", "2022-03"), M="本地生產總值實質變動率", C=True),
    F("-40.2%", -40.2, "%", S="澳門", K="other", P=("2022-04", "2022-06"), M="本地生產總值實質變動率", C=True),
    F("-32.3%", -32.3, "%", S="澳門", K="other", P=("2022-07", "2022-09"), M="本地生產總值實質變動率", C=True),
]
DATES = [D("2023年03月04日", "2023-03-04"), D("2022年第4季", "2022-10", "2022-12"), D("2022年", "2022"),
         D("6月", "2022-06", inferred=True), D("2022年", "2022"), D("2022年", "2022"), D("第4季", "2022-10", "2022-12", inferred=True),
         D("2022年第1季至第3季", "2022-01", "2022-09")]
EXCLUDE = []
