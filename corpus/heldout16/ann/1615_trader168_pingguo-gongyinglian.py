# trader168.com.tw (Taiwan futures broker's news page), Traditional, a 中央社 wire with hard line breaks (words split
# over lines kept: `台達電`/`子`, `新日`/`興`; such names are entered with the stored break, scoring folds white space).
# The broker's `貼心提醒:` notes after the story are cut. The dateline prints `2023年5月24日` → published (printed).
# `2022會計年度` (Apple's fiscal year, three times, once split `2022會`/`計年度`) and `2022年會計年度` are dates (2022,
# as GUIDE's `2021年度`). Companies, all short as the wire names them: 蘋果 (`Apple` variant), 聯詠, 華邦電, 致伸科技,
# 瑞儀光電, 英業達, 景碩, 奇鋐, 鴻海集團 (group), 日月光投控, 台耀科技, 白金科技, 盛禧奧, 台積電, 可成, 正崴, 仁寶, 華通,
# 台達電子, 玉晶光, 大立光, 光寶科, 南亞科, 和碩, 新日興, 台灣晶技, 欣興, 燿華, 緯創, 國巨. 中央社 is media. No zone.
PUBLISHED = "2023-05-24"
PUBLISHED_INFERRED = False
PG = "蘋果"
NAMES = ["聯詠", "華邦電", "致伸科技", "瑞儀光電", "英業達", "景碩", "奇鋐", "日月光投控", "台耀科技", "白金科技", "盛禧奧",
         "台積電", "可成", "正崴", "仁寶", "華通", "台達電\n子", "玉晶光", "大立光", "光寶科", "南亞科", "和碩", "新日\n興",
         "台灣晶技", "欣興", "燿華", "緯創", "國巨"]
ARTICLES = [A("蘋果新供應鏈名單 聯詠、華邦電等台廠入列", None)]
ZONES = []
ENTERPRISES = [E(PG, ["Apple"], kind="short"), E("鴻海集團", kind="group")] + [E(n, kind="short") for n in NAMES]
FIGURES = [
    F("98%", 98, "%", S=PG, K="enterprise", M="供應鏈名單涵蓋比重", P="2022"),
]
DATES = [D("2023年5月24日", "2023-05-24"), D("2022會計年度", "2022"), D("2022會計年度", "2022"),
         D("2022會\n計年度", "2022"), D("2022年會計年度", "2022")]
EXCLUDE = []
