# destroybadbreath.com (content farm) copy of a 中國臺灣網 / 中國經濟網 item converted to Traditional script with its
# conversion garbles kept as stored (pinyin readings glued after characters: `網(wǎng)`, `區(qū)`, `產(chǎn)` …, as heldout16's
# 1620). Site lines (`• 中國臺灣網(wǎng)移動版` twice) before the headline; printed `2020-08-31 20:39:00` (clock no figure)
# → published 2020-08-31. The text breaks off in the `座談會上…` paragraph: cut after the one before.
# Title: the series tag `【行走自貿(mào)區(qū)】` is no part of it (GUIDE); ASCII quotes kept. No zone: 橫琴自貿片區 (a free-
# trade-zone area) and 廣東自貿區 are no GUIDE zone forms; bare 橫琴 is a place. No company (中國經濟網 media).
# Dates: `8月28日` (dateline), `8月27日`, `8月25日` → 2020 (inferred); `2015年`, `2019年` in brackets give the years of the
# from/to values. Subject of the series is the area as printed (`橫琴自貿(mào)片區(qū)`); the average growth rates span
# 2015..2019. Spaced figures (`26.40 %`, `289.83 億元`, `4.26 億美元`) kept as stored; `突破3000家` sets no approx.
PUBLISHED = "2020-08-31"
PUBLISHED_INFERRED = False
HQ = dict(S="橫琴自貿(mào)片區(qū)", K="other")
SP = ("2015", "2019")
ARTICLES = [A('五年筑造多元空間 橫琴成為內(nèi)地澳資企業(yè)聚集"熱土"', None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("126.8億元", 12680000000, "元", **HQ, M="地區生產總值", P="2015"),
    F("401.24億元", 40124000000, "元", **HQ, M="地區生產總值", P="2019"),
    F("26.40 %", 26.4, "%", **HQ, M="地區生產總值年均增長", P=SP, C=True),
    F("289.83 億元", 28983000000, "元", **HQ, M="固定資產投資", P="2015"),
    F("471.99億元", 47199000000, "元", **HQ, M="固定資產投資", P="2019"),
    F("15.48%", 15.48, "%", **HQ, M="固定資產投資年均增長", P=SP, C=True),
    F("37.80 億元", 3780000000, "元", **HQ, M="一般公共預算收入", P="2015"),
    F("63.95億元", 6395000000, "元", **HQ, M="一般公共預算收入", P="2019"),
    F("20.97%", 20.97, "%", **HQ, M="一般公共預算收入年均增長", P=SP, C=True),
    F("4.26 億美元", 426000000, "美元", kind="money", **HQ, M="實際吸收外資", P="2015"),
    F("15.71億美元", 1571000000, "美元", kind="money", **HQ, M="實際吸收外資", P="2019"),
    F("64.59 %", 64.59, "%", **HQ, M="實際吸收外資年均增長", P=SP, C=True),
    F("10.58億美元", 1058000000, "美元", kind="money", **HQ, M="外貿進出口", P="2015"),
    F("34.76億美元", 3476000000, "美元", kind="money", **HQ, M="外貿進出口", P="2019"),
    F("66.33%", 66.33, "%", **HQ, M="外貿進出口年均增長", P=SP, C=True),
    F("3000家", 3000, "家", S="橫琴", K="other", M="注冊澳資企業", P="2020-08-25"),
]
DATES = [D("2020-08-31", "2020-08-31"), D("8月28日", "2020-08-28", inferred=True), D("8月27日", "2020-08-27", inferred=True),
         D("2015年", "2015"), D("2019年", "2019"), D("8月25日", "2020-08-25", inferred=True)]
EXCLUDE = ["20:39:00"]
