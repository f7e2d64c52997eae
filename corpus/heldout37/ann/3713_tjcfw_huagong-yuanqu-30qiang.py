# tjcfw.com.cn (small portal) copy of a 2020 chemical-park ranking item. The stored text breaks off in the paragraph on
# the green-park rules: cut after the paragraph before. No printed date: `10月15日` with the forum's name
# `2020中国化工园区与产业发展论坛` (a year inside an event name is no date, GUIDE) → published 2020-10-15 (inferred).
# `2020化工园区` (title, body) is the list's name and `30强`/`潜力10强` list names (no dates, no figures, heldout16's
# `500强`); ranks (`第二、三位`, `前十`) no figures. `超千亿` (title) is a Chinese-numeral threshold with a scale word
# (heldout16's `突破千亿元`): 1e11, no unit printed → "", approx.
# Zones (GUIDE kinds only, each named in full, none coordinated): 国家东中西区域合作示范区 = 连云港徐圩新区 (given as
# its bracketed other name: one zone), 淄博东岳经济开发区, 浙江独山港经济开发区, 安庆高新区 (printed in full),
# 上海化学工业经济技术开发区, 惠州大亚湾经济技术开发区, 宁波石化经济技术开发区, 泰兴经济开发区 (printed with 江苏省),
# 东营港经济开发区. Not zones: 石化产业基地, 化工区, 工业区, 科技园, chemical `…工业园区`/`…园区` (parks). No primary
# zone (a ranking of many). No company (联合会, 人民政府, 中心 are bodies).
PUBLISHED = "2020-10-15"
PUBLISHED_INFERRED = True
HG = dict(S="化工园区", K="other")
ARTICLES = [A("产值超千亿超大型园区14家2020化工园区重磅榜单公布", None)]
ZONES = [Z("国家东中西区域合作示范区", ["国家东中西区域合作示范区", "连云港徐圩新区"]),
         Z("淄博东岳经济开发区", ["淄博东岳经济开发区"]), Z("浙江独山港经济开发区", ["浙江独山港经济开发区"]),
         Z("安庆高新区", ["安庆高新技术产业开发区"]), Z("上海化学工业经济技术开发区", ["上海化学工业经济技术开发区"]),
         Z("惠州大亚湾经济技术开发区", ["惠州大亚湾经济技术开发区"]), Z("宁波石化经济技术开发区", ["宁波石化经济技术开发区"]),
         Z("泰兴经济开发区", ["江苏省泰兴经济开发区"]), Z("东营港经济开发区", ["东营港经济开发区"])]
ENTERPRISES = []
FIGURES = [
    F("超千亿", 100000000000, "", **HG, M="产值"),
    F("14家", 14, "家", **HG, M="产值超千亿超大型园区", P="2020"),
    F("57家", 57, "家", **HG, M="开展循环化改造化工园区"),
    F("38家", 38, "家", **HG, M="获评新型工业化产业示范基地化工园区"),
    F("57家", 57, "家", **HG, M="签署《责任关怀全球宪章》化工园区"),
]
DATES = [D("10月15日", "2020-10-15", inferred=True)]
EXCLUDE = ["2020化工园区", "2020中国化工园区与产业发展论坛", "30强", "潜力10强"]
