# kunming.cn (昆明信息港, city portal) copy of a 云南日报 item; whole as returned. Printed `2025-03-26 08:33:42` (clock
# no figure) → published 2025-03-26. Zone: 昆明高新区 (primary). Companies: 昊邦医药集团 (group), 云南新锐和达信息产业
# 有限公司 (registered). `2022年至2024年` is one span date (as GUIDE's `2018-2020年`). Each `由X增长至Y` pair gives the
# 2022 level and the 2024 level (levels, not changes); subject the zone throughout.
PUBLISHED = "2025-03-26"
PUBLISHED_INFERRED = False
KM = "昆明高新区"
Z22 = dict(S=KM, K="zone", P="2022")
Z24 = dict(S=KM, K="zone", P="2024")
ARTICLES = [A("昆明高新区举办政企交流座谈会", KM)]
ZONES = [Z(KM, [KM])]
ENTERPRISES = [E("昊邦医药集团", kind="group"), E("云南新锐和达信息产业有限公司")]
FIGURES = [
    F("0.998万户", 9980, "户", **Z22, M="民营企业"),
    F("2.67万户", 26700, "户", **Z24, M="民营企业"),
    F("74.38%", 74.38, "%", **Z22, M="民营企业占全区企业比重"),
    F("93.05%", 93.05, "%", **Z24, M="民营企业占全区企业比重"),
    F("1.04万户", 10400, "户", **Z22, M="个体工商户"),
    F("1.7万户", 17000, "户", **Z24, M="个体工商户"),
    F("67户", 67, "户", **Z22, M="规模以上民营工业企业"),
    F("87户", 87, "户", **Z24, M="规模以上民营工业企业"),
    F("391.9亿元", 39190000000, "元", **Z22, M="规模以上民营工业企业产值"),
    F("648.8亿元", 64880000000, "元", **Z24, M="规模以上民营工业企业产值"),
    F("37.5%", 37.5, "%", **Z22, M="占园区规模以上工业总产值比重"),
    F("66.9%", 66.9, "%", **Z24, M="占园区规模以上工业总产值比重"),
]
DATES = [D("2025-03-26", "2025-03-26"), D("2022年至2024年", "2022", "2024")]
EXCLUDE = ["08:33:42"]
