# xinsiji.cc (content farm, Traditional conversion of a 三江新区 WeChat-style post): headline with a parenthetical
# second clause (both printed in one line: the whole line is the title), printed `2023-05-27 04:34:11` followed by a view
# counter `2` (no figure), list numbers `01/02/03` (no figures), a photo caption, verse-like lines naming companies.
# The stored text breaks off in item `03 高端裝備製造業`: cut after item 02.
# Published: the repost's printed 2023-05-27 (not inferred; heldout16's 1609: printed dates are taken as printed though
# the story is older). `1月25日` is the day of the zone's `2022年工作大會` → 2022-01-25 (inferred); the conference's
# year is a date at both occurrences (heldout16: a ceremony's year); `2025目標` is a target year, a dated mention
# (GUIDE's `2030年前`); `2021年` twice.
# Zone: 宜賓三江新區 (a provincial-rank …新区; bare `三江新區` its variant); primary.
# Companies (short unless marked): 吉利汽車, 寧德時代, 遠東控股, 長盈精密, 聯贏雷射, 大族雷射, 科達利, 震裕科技, 華為,
# 華潤置地, 碧桂園, 中國中車, 五糧液集團 (group), 康佳, 奇瑞, 四川時代 (寧德時代's local company, its own entry), 極米,
# 天瓏, 朵唯. Rank lists (`全國城市新區潛力50強`, `世界500強`, `民營500強`, `中國500強`) and ranks (`第19位`) are no
# figures; the counts after them (`2家`, `1家`, `8家`, `6家`, `12家`, `26家`) are. `「4 4 1」` (slogan), phases
# `7—10期`, `1、2、6期`, `5G` no figures; `突破300億元` a milestone (figure, no approx); `5億元以上` a threshold (approx).
PUBLISHED = "2023-05-27"
PUBLISHED_INFERRED = False
SJ = "宜賓三江新區"
ZK = dict(S=SJ, K="zone")
Y21 = "2021"
NOW = "2022-01"
SHORT = ["吉利汽車", "寧德時代", "遠東控股", "長盈精密", "聯贏雷射", "大族雷射", "科達利", "震裕科技", "華為", "華潤置地",
         "碧桂園", "中國中車"]
ARTICLES = [A("宜賓三江新區2025目標(宜賓三江新區入選全國城市新區潛力50強第19位)", SJ)]
ZONES = [Z(SJ, [SJ, "三江新區"])]
ENTERPRISES = ([E(n, kind="short") for n in SHORT] + [E("五糧液集團", kind="group")]
               + [E(n, kind="short") for n in ["康佳", "奇瑞", "四川時代", "極米", "天瓏", "朵唯"]])
FIGURES = [
    F("300.3億元", 30030000000, "元", **ZK, M="地區生產總值", P=Y21),
    F("300億元", 30000000000, "元", **ZK, M="地區生產總值", P=Y21),
    F("23.1%", 23.1, "%", **ZK, M="地區生產總值增長", P=Y21, C=True),
    F("313.5億元", 31350000000, "元", **ZK, M="全社會固定資產投資總額", P=Y21),
    F("23.2%", 23.2, "%", **ZK, M="全社會固定資產投資增長", P=Y21, C=True),
    F("41.1%", 41.1, "%", **ZK, M="規上工業增加值增速", P=Y21, C=True),
    F("2家", 2, "家", **ZK, M="招引世界500強", P=Y21),
    F("1家", 1, "家", **ZK, M="招引民營500強", P=Y21),
    F("8家", 8, "家", **ZK, M="招引上市公司", P=Y21),
    F("48個", 48, "個", **ZK, M="新籤約項目", P=Y21),
    F("575億元", 57500000000, "元", **ZK, M="新籤約項目投資額", P=Y21),
    F("12個", 12, "個", **ZK, M="百日攻堅籤約大項目", P=Y21),
    F("5億元以上", 500000000, "元", **ZK, M="籤約項目規模", P=Y21),
    F("6家", 6, "家", **ZK, M="累計招引世界500強", P=NOW),
    F("12家", 12, "家", **ZK, M="累計招引中國500強", P=NOW),
    F("26家", 26, "家", **ZK, M="累計招引上市公司", P=NOW),
    F("45億元", 4500000000, "元", S="長盈精密", K="enterprise", M="西部製造基地投資", P=Y21),
    F("6個", 6, "個", **ZK, M="新引進智能終端重大項目", P=Y21),
    F("144戶", 144, "戶", **ZK, M="智能終端產業規模", P=NOW),
]
DATES = [D("2025", "2025"), D("2023-05-27", "2023-05-27"), D("1月25日", "2022-01-25", inferred=True),
         D("2022年", "2022"), D("2021年", "2021"), D("2021年", "2021"), D("2022年", "2022")]
EXCLUDE = ["04:34:11 2", "01 ", "02 ", "03 ", "50強", "500強", "第19位", "4 4 1", "7—10期", "1、2、6期", "5G"]
