# news2.com.cn (aggregator, `速递` channel) copy of a 中国网·美丽苏州 item; menu line, date/source line, `(资料图)` kept;
# `标签:`/`责任编辑:` lines and the footer after `(图文/吕力)` are cut. Printed `2023-01-13 11:58:11` → published (clock
# no figure). The aggregator suffix `当前热讯` after the headline is no part of the title (as heldout16's `焦点消息!`).
# 苏相合作区 (a 苏州–相城 cooperation area) is none of GUIDE's zone kinds → no zone; figures have it as `other` subject.
# Companies: 苏州博宇科技有限公司, 苏州科阳半导体有限公司, 苏州德佑新材料科技股份有限公司 (registered). 中国网 is media.
# `《2022年度苏州市瞪羚计划拟入库企业名单》` is a document name (no date); `刚刚过去的2022年`, `去年全年` (→ 2022,
# inferred) and `2022年底` are dates. `十二个百分点` has no scale word (no figure).
PUBLISHED = "2023-01-13"
PUBLISHED_INFERRED = False
SX = dict(S="苏相合作区", K="other")
ARTICLES = [A("加速奔跑 苏相合作区新添8家“瞪羚企业”", None)]
ZONES = []
ENTERPRISES = [E("苏州博宇科技有限公司"), E("苏州科阳半导体有限公司"), E("苏州德佑新材料科技股份有限公司")]
FIGURES = [
    F("8家", 8, "家", **SX, M="新添瞪羚企业", P="2022", C=True),
    F("8家", 8, "家", **SX, M="入选瞪羚计划拟入库企业", P="2022"),
    F("159家", 159, "家", **SX, M="新添全国科技型中小企业", P="2022", C=True),
    F("62家", 62, "家", **SX, M="新添国家高新技术企业", P="2022", C=True),
    F("4家", 4, "家", **SX, M="新添苏州市瞪羚企业", P="2022", C=True),
    F("2家", 2, "家", **SX, M="新添苏州市独角兽", P="2022", C=True),
    F("1家", 1, "家", **SX, M="新添中国潜在独角兽", P="2022", C=True),
    F("85家", 85, "家", **SX, M="申报高企认定企业", P="2022"),
    F("6.2%", 6.2, "%", **SX, M="申报高企认定企业同比增长", P="2022", C=True),
    F("62家", 62, "家", **SX, M="获评高企认定企业", P="2022"),
    F("72.2%", 72.2, "%", **SX, M="获评高企认定企业同比增长", P="2022", C=True),
    F("72.94%", 72.94, "%", **SX, M="通过率", P="2022"),
    F("60.45%", 60.45, "%", S="苏州市", K="other", M="平均通过率", P="2022"),
    F("140家", 140, "家", **SX, M="有效高企", P="2022-12"),
    F("27.3%", 27.3, "%", **SX, M="有效高企同比增长", P="2022-12", C=True),
]
DATES = [D("2023-01-13", "2023-01-13"), D("2022年", "2022"), D("去年全年", "2022", inferred=True), D("2022年底", "2022-12")]
EXCLUDE = ["11:58:11", "《2022年度苏州市瞪羚计划拟入库企业名单》"]
