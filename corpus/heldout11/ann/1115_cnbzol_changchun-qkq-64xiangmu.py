# cnbzol.com (finance portal copy of a 新华财经 wire): printed `时间: 2023-01-06 14:37:49` (clock excluded), photo
# placeholder and editor line kept; the empty `标签:` widget cut. Dateline `长春1月6日电` and `5日` resolve against the
# printed date (year inferred). A ceremony's year is a date (heldout10: `2023年招商引资…活动`, `2023年长春市第一场
# 招商引资活动`). Zone 长春汽车经济技术开发区 (`长春汽开区` its short form; `该区` no variant). 一汽解放, 玲珑轮胎,
# 法雷奥 short; 一汽集团 group. Signing counts take the ceremony day (5日); the investment total has no period.
PUBLISHED = "2023-01-06"
PUBLISHED_INFERRED = False
CC = "长春汽车经济技术开发区"
ZK = dict(S=CC, K="zone")
D5 = "2023-01-05"
M11 = ("2022-01", "2022-11")
ARTICLES = [A("长春汽开区64个项目集中签约 总投资442亿元", CC)]
ZONES = [Z(CC, ["长春汽开区", CC])]
ENTERPRISES = [E("一汽解放", kind="short"), E("玲珑轮胎", kind="short"), E("法雷奥", kind="short"),
               E("一汽集团", kind="group")]
FIGURES = [
    F("64个", 64, "个", **ZK, M="集中签约项目", P=D5),
    F("442亿元", 44200000000, "元", **ZK, M="总投资"),
    F("64个", 64, "个", **ZK, M="集中签约项目", P=D5),
    F("442亿元", 44200000000, "元", **ZK, M="总投资"),
    F("64个", 64, "个", **ZK, M="集中签约项目", P=D5),
    F("3790亿元", 379000000000, "元", **ZK, M="规模以上工业总产值", P=M11),
    F("120.2亿元", 12020000000, "元", **ZK, M="固定资产投资", P=M11),
    F("172亿元", 17200000000, "元", **ZK, M="招商引资内资到位", P="2022"),
    F("10%", 10, "%", **ZK, M="招商引资内资到位", P="2022", C=True),
    F("1.73亿美元", 173000000, "美元", **ZK, M="外资到位", P="2022"),
    F("126%", 126, "%", **ZK, M="外资到位", P="2022", C=True),
]
DATES = [
    D("2023-01-06", "2023-01-06"),
    D("1月6日", "2023-01-06", inferred=True),
    D("5日", D5, inferred=True),
    D("2023年", "2023"),
    D("2023年", "2023"),
    D("2022年1至11月", M11[0], M11[1]),
    D("2022年", "2022"),
]
EXCLUDE = ["14:37:49"]
