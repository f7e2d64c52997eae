# cs.rednet.cn (红网长沙, provincial portal's city channel, mobile page): app banner `立即下载`, headline stored twice
# (one title), printed `2021-01-27 18:37:30` (published; clock no figure) with the `字号:` widget, an image file name
# `微信图片_20210127153506_meitu_4.jpg` (a code, no date) and its caption kept. Cut before the ranked list of the top
# 30 zones, which breaks off (`南通经`): its zones are not in the page text.
# Zone: 长沙经开区 (primary). `国家级经开区`, `国家级园区` are generic.
# Enterprises: none (商务部 is government).
# Dates: `1月27日` twice (dateline and body), `2020年` (the year's results). `2020年国家级经开区综合发展水平考核评价结果`
# names an evaluation round: no date (heldout16).
# Figures: the headline's `2500亿元` counts in both stored headlines (突破: no approx); `218家` twice; `第17位` (three
# times) and `前30强` are ranks.
PUBLISHED = "2021-01-27"
PUBLISHED_INFERRED = False
CS = "长沙经开区"
CZ = dict(S=CS, K="zone", P="2020")
ARTICLES = [A("全年规模工业总产值突破2500亿元,长沙经开区稳居国家级园区第17位", CS)]
ZONES = [Z(CS, [CS])]
ENTERPRISES = []
FIGURES = [
    F("2500亿元", 250000000000, "元", **CZ, M="全年规模工业总产值"),
    F("2500亿元", 250000000000, "元", **CZ, M="全年规模工业总产值"),
    F("218家", 218, "家", S="全国", K="other", M="国家级经开区", P="2020"),
    F("2530亿元", 253000000000, "元", **CZ, M="全年规模工业总产值"),
    F("1615亿元", 161500000000, "元", **CZ, M="工程机械产业产值"),
    F("22.8%", 22.8, "%", **CZ, M="工程机械产业产值增长", C=True),
    F("218家", 218, "家", S="全国", K="other", M="国家级经开区", P="2020"),
]
DATES = [D("2021-01-27", "2021-01-27"), D("1月27日", "2021-01-27", inferred=True),
         D("1月27日", "2021-01-27", inferred=True), D("2020年", "2020")]
EXCLUDE = ["18:37:30", "微信图片_20210127153506_meitu_4.jpg", "2020年国家级经开区综合发展水平考核评价", "第17位", "前30强"]
