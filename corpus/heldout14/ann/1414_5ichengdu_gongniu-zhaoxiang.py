# 5ichengdu.com (aggregator), copy of a 解放日报-style `本报讯` report; no date line: `截至2022年8月` and `今年1—8月` give
# published 2022 (inferred). Cut after the last complete paragraph (the next one breaks off). Paragraph indents kept.
# No zone: 长三角一体化示范区 (twice) is a cross-province regional designation (as 1402; heldout9/10); 赵巷园区 and
# 长三角绿洲智谷 are parks. Companies: 公牛集团 (group), 长三角投资(上海)有限公司 (registered; `长三角投资公司`, the
# short form the page uses first and says is `全称…`, its variant), and the listed `华为、北斗、网易等知名企业` (short; 北斗
# named as a company in that list). 上海市国资委 and 长三角区域合作办 are government.
# Figures: `50亿元`, `142亿元`, `84%`, `25.52亿元`, park counts `29家`, `6家`, `3家`, `2家`, `172家`, `1亿元` (突破 → no
# approx marker). Not figures: `500强` (ranking name), `两栋`, `三年行动计划`, `万亿级` (size class). `2021年期末` →
# 2021-12; `今年1—8月` → 2022-01..2022-08 (inferred).
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
CS = "长三角投资(上海)有限公司"
CK = dict(S=CS, K="enterprise")
ZX = dict(S="赵巷园区", K="other")
ARTICLES = [A("长三角打造万亿级规模数字经济带", None)]
ZONES = []
ENTERPRISES = [
    E("公牛集团", kind="group"),
    E(CS, ["长三角投资公司"]),
    E("华为", kind="short"),
    E("北斗", kind="short"),
    E("网易", kind="short"),
]
FIGURES = [
    F("50亿元", 5000000000, "元", **CK, M="注册资金", P=None),
    F("142亿元", 14200000000, "元", **CK, M="总资产", P="2021-12"),
    F("84%", 84, "%", **CK, M="总资产同比增长", P="2021-12", C=True),
    F("25.52亿元", 2552000000, "元", **CK, M="营业收入", P="2021"),
    F("29家", 29, "家", **ZX, M="实体租售企业累计", P="2022-08"),
    F("6家", 6, "家", **ZX, M="高新技术企业", P="2022-08"),
    F("3家", 3, "家", **ZX, M="上市公司华东总部", P="2022-08"),
    F("2家", 2, "家", **ZX, M="拟上市企业", P="2022-08"),
    F("172家", 172, "家", **ZX, M="累计引入注册企业", P="2022-08"),
    F("1亿元", 100000000, "元", **ZX, M="税收贡献", P=("2022-01", "2022-08")),
]
DATES = [
    D("2020年7月1日", "2020-07-01"),
    D("2021年期末", "2021-12"),
    D("2022年8月", "2022-08"),
    D("1—8月", "2022-01", "2022-08", inferred=True),
    D("2022年", "2022"),
]
EXCLUDE = ["500强"]
