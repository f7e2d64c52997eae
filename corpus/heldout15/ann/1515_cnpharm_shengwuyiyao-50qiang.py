# cnpharm.com (中国食品药品网, national trade-press portal of the drug regulator's paper), meta bullets with printed
# `2022-11-08 10:05` (clock no figure), byline, source. The stored text breaks off in the paragraph `《报告》还显示…`:
# cut after the last complete paragraph. The image's caption and the list head `1.综合竞争力前50` are no titles.
# Zones named in full (not a coordinated list form): 中关村 (`中关村国家自主创新示范区`), 苏州工业园区, 成都高新区,
# 武汉东湖高新区 (`武汉东湖新技术开发区`), 上海张江高新区, 深圳高新区 (`深圳高新技术产业园区`: the national zone's
# official name, kept as a variant), 济南高新区, 石家庄高新区, 天津滨海高新区. 厦门生物医药港 is a park;
# `国家级高新区`/`国家级经开区`/`高新区` (the class) no zones. No companies (a ministry centre, a report).
# `前50强`/`前10强` ranks, `近3年` a duration: no figures. `2021年国家生物医药产业园区…(前50强/前10强)` names the
# ranking round (×4, like heldout8/9/10's evaluation rounds) and `《2022中国…报告》` a document: no dates; so
# `2021年` has two gold entries for six page occurrences (count note, deliberate).
PUBLISHED = "2022-11-08"
PUBLISHED_INFERRED = False
BG = dict(S="《报告》", K="other")
YQ = dict(S="样本园区", K="other")
ARTICLES = [A("2021年国家生物医药产业园区竞争力前50强出炉", None)]
ZONES = [
    Z("中关村", ["中关村国家自主创新示范区"]),
    Z("苏州工业园区", ["苏州工业园区"]),
    Z("成都高新区", ["成都高新技术产业开发区"]),
    Z("武汉东湖高新区", ["武汉东湖新技术开发区"]),
    Z("上海张江高新区", ["上海张江高新技术产业开发区"]),
    Z("深圳高新区", ["深圳高新技术产业园区"]),
    Z("济南高新区", ["济南高新技术产业开发区"]),
    Z("石家庄高新区", ["石家庄高新技术产业开发区"]),
    Z("天津滨海高新区", ["天津滨海高新技术产业开发区"]),
]
ENTERPRISES = []
FIGURES = [
    F("39项", 39, "项", **BG, M="调研主题", P=None),
    F("237项", 237, "项", **BG, M="调研数据", P=None),
    F("211个", 211, "个", **BG, M="有效完成数据填报的园区", P=None),
    F("109家", 109, "家", **BG, M="国家级高新区", P=None),
    F("84家", 84, "家", **BG, M="国家级经开区", P=None),
    F("17家", 17, "家", **BG, M="省级园区", P=None),
    F("1家", 1, "家", **BG, M="其他园区", P=None),
    F("约3.5万亿元", 3500000000000, "元", **YQ, M="生物医药产业总产值", P="2021"),
    F("22.80%", 22.8, "%", **YQ, M="生物医药占园区总产值比例", P="2021"),
    F("24.79%", 24.79, "%", S="高新区", K="other", M="生物医药占园区总产值比例", P="2021"),
]
DATES = [
    D("2022-11-08", "2022-11-08"),
    D("11月3日", "2022-11-03", inferred=True),
    D("2021年", "2021"),
    D("2021年", "2021"),
]
EXCLUDE = ["10:05", "前50强", "前10强", "1.综合竞争力前50", "近3年", "2022中国", "2021年国家生物医药产业园区"]
