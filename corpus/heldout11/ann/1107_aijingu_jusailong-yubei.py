# aijingu.com (爱金股, stock portal) listed-company announcement page: stock code `301131` (twice, excluded),
# announcement number `2023-003` (excluded), PDF-extracted indentation and the split heading kept. Cut after the
# last complete paragraph (the next broke off). The headline is stored four times (crumb, heading, PDF link line,
# the PDF's own split heading): one title (heldout10: a headline stored twice is one title). Printed
# `公告日期:2023-02-15` → published. `2023 年 2 月 13⏎日` (split by a line break) is one date.
# Companies: 广州市聚赛龙工程塑料股份有限公司 (`聚赛龙` its printed short name), 重庆创新经济走廊开发建设有限公司
# (`创新经济走廊公司` by `以下简称`). No zone (渝北区 is a district). `不低于` sets no approx (heldout10); `拟` →
# target.
PUBLISHED = "2023-02-15"
PUBLISHED_INFERRED = False
JS = "广州市聚赛龙工程塑料股份有限公司"
EK = dict(S=JS, K="enterprise")
ARTICLES = [A("聚赛龙:关于对外投资暨与重庆创新经济走廊开发建设有限公司签订投资协议的公告", None)]
ZONES = []
ENTERPRISES = [E(JS, ["聚赛龙"]), E("重庆创新经济走廊开发建设有限公司", ["创新经济走廊公司"])]
FIGURES = [
    F("6 亿元", 600000000, "元", **EK, M="项目总投资", T=True),
    F("约 2 亿元", 200000000, "元", **EK, M="固定资产投资", T=True),
]
DATES = [D("2023-02-15", "2023-02-15"), D("2023 年 2 月 13\n日", "2023-02-13")]
EXCLUDE = ["301131", "公告编号:2023-003"]
