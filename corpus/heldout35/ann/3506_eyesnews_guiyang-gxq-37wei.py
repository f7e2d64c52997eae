# szb.eyesnews.cn, the 贵州日报 e-paper: masthead line (刊号 `CN52-0013`, 代号 `65-1`: codes, no figures), blank lines,
# the kicker `贵阳高新区` and the main headline `综合评价排名升至全国第37位` (the title; kicker no part of it). The e-paper's
# metadata line after the last paragraph (`--> 2023-02-21 …`) is footer: cut. Published: `2月16日` news on the 2022
# results, `2022年,全区…` a past year → 2023-02 (inferred); `2月16日` → 2023-02-16 (year inferred).
# Dates: the evaluation round's year is no date (heldout16: `2022年度国家高新区评价结果`, `开展2022年度国家高新区综合评价
# 工作`); `较2021年度` (the earlier round compared), `2021年度…火炬统计调查数据` (data year), `2022年度相关事实依据`,
# `2022年,` are dated mentions (GUIDE's `2021年度` → 2021).
# Zone 贵阳高新区 (primary). Companies named as the new large data firms: 乐诚技术, 造梦天地, 高登世德, 木弓贵芯 (short).
# 《国家高新技术产业开发区综合评价指标体系》 is a document name, no zone. Ranks (`第37位` twice, `第25位`, `两个位次`) are no
# figures. `500万口径` (the statistics' 500万元 revenue threshold) is a threshold with a numeral → figure, unit "".
PUBLISHED = "2023-02"
PUBLISHED_INFERRED = True
GY = "贵阳高新区"
Z22 = dict(S=GY, K="zone", P="2022")
ARTICLES = [A("综合评价排名升至全国第37位", GY)]
ZONES = [Z(GY, [GY])]
ENTERPRISES = [E("乐诚技术", kind="short"), E("造梦天地", kind="short"), E("高登世德", kind="short"), E("木弓贵芯", kind="short")]
FIGURES = [
    F("169个", 169, "个", S="全国", K="other", M="国家高新区", P="2022"),
    F("30.5%", 30.5, "%", **Z22, M="规模以上工业增加值", C=True),
    F("500万", 5000000, "", **Z22, M="软件和信息技术服务业统计口径"),
    F("116.8亿元", 11680000000, "元", **Z22, M="软件和信息技术服务业业务收入"),
    F("22.7%", 22.7, "%", **Z22, M="软件和信息技术服务业业务收入", C=True),
    F("9户", 9, "户", **Z22, M="新增规模以上大数据企业", C=True),
]
DATES = [D("2月16日", "2023-02-16", inferred=True), D("2021年度", "2021"), D("2021年度", "2021"),
         D("2022年度", "2022"), D("2022年", "2022")]
EXCLUDE = ["CN52-0013", "65-1", "第37位", "第25位", "公布2022年度国家高新区评价结果", "开展2022年度国家高新区综合评价工作"]
