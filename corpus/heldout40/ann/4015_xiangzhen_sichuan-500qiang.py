# xiangzhen.org (中乡网, a portal) copy of 封面新闻; site name and hot-keyword line (a garbled keyword kept) before the
# headline, printed `2021-09-13 10:19` (clock no figure); the share line after `来源:封面新闻` cut.
# No zone. Companies (short): 丰益, 圣戈班 (twice), 丰田通商, 英特尔 (twice), 领筑智造, 阿斯利康, 成都澜至电子;
# 博世集团 (group). 四川省经济合作局 is a government body. `世界500强`, `境外500强` are list names (no figure); `第9位`,
# `中西部第1` are ranks. `截至9月10日` counts take that day; `今年1-7月` is the span 2021-01..07 (inferred);
# `今年以来` figures take 2021.
PUBLISHED = "2021-09-13"
PUBLISHED_INFERRED = False
ARTICLES = [A("四川新增落户世界500强企业13家 累计达377家", None)]
ZONES = []
ENTERPRISES = [E("丰益", kind="short"), E("圣戈班", kind="short"), E("丰田通商", kind="short"),
               E("博世集团", kind="group"), E("英特尔", kind="short"), E("领筑智造", kind="short"),
               E("阿斯利康", kind="short"), E("成都澜至电子", kind="short")]
S, K, D910, P17 = "四川", "other", "2021-09-10", ("2021-01", "2021-07")
FIGURES = [
    F("13家", 13, "家", S=S, K=K, M="新增落户世界500强企业", P=D910),
    F("377家", 377, "家", S=S, K=K, M="累计落户世界500强企业", P=D910),
    F("13家", 13, "家", S=S, K=K, M="新增落户世界500强企业", P=D910),
    F("377家", 377, "家", S=S, K=K, M="累计落户世界500强企业", P=D910),
    F("6家", 6, "家", S=S, K=K, M="境外世界500强新增落户", P=D910),
    F("256家", 256, "家", S=S, K=K, M="境外世界500强累计落户", P=D910),
    F("17.53亿美元", 1753000000, "美元", S=S, K=K, M="外商直接投资(FDI)", P=P17),
    F("98.07%", 98.07, "%", S=S, K=K, M="外商直接投资同比增长", P=P17, C=True),
    F("10家", 10, "家", S=S, K=K, M="已落户境外世界500强企业在川布局加快", P="2021"),
    F("1.12亿美元", 112000000, "美元", S=S, K=K, M="增加投资总额", P="2021"),
]
DATES = [D("2021-09-13", "2021-09-13"), D("9月12日", "2021-09-12", inferred=True), D("9月10日", "2021-09-10", inferred=True),
         D("今年1-7月", "2021-01", "2021-07", inferred=True)]
EXCLUDE = ["10:19", "500强", "第9位", "中西部第1"]
