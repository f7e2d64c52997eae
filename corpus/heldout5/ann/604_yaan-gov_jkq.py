# jkq.yaan.gov.cn (雅安经济开发区 管委会 site). No date on the page; `两年平均增长` is the 2021 reporting
# convention (vs 2019) → published 2021-07, inferred. The zone is only called 经开区 on the page; canonical 雅安经开区
# from the site. `500万元以上企业` is a threshold WITH a numeral → a figure.
PUBLISHED = "2021-07"
PUBLISHED_INFERRED = True
YA = "雅安经开区"
H1 = ("2021-01", "2021-06")
ARTICLES = [A("上半年经开区工业经济持续稳居全市第一", YA)]
ZONES = [Z(YA, ["经开区"])]
ENTERPRISES = [E("汇龙环保", kind="short"), E("矽盛电子", kind="short"), E("百图高新", kind="short"), E("联茂机械", kind="short")]
FIGURES = [
    F("23.5%", 23.5, "%", S=YA, K="zone", M="规上工业增加值", P=H1, C=True),
    F("14.8%", 14.8, "%", S=YA, K="zone", M="规上工业增加值两年平均增长", P=H1, C=True),
    F("6个月", 6, "个月", kind="duration", S=YA, K="zone", M=None, P=H1),
    F("31.9%", 31.9, "%", S=YA, K="zone", M="三大主导产业产值", P=H1, C=True),
    F("6个月", 6, "个月", kind="duration", S=YA, K="zone", M=None, P=H1),
    F("1.11亿元", 111000000, "元", S=YA, K="zone", M="规上工业企业入库税收", P=H1),
    F("38.5%", 38.5, "%", S=YA, K="zone", M="规上工业企业入库税收", P=H1, C=True),
    F("500万元", 5000000, "元", S=YA, K="zone", M="税收", P=H1),
    F("6家", 6, "家", S=YA, K="zone", M="税收500万元以上企业", P=H1),
    F("3家", 3, "家", S=YA, K="zone", M="税收500万元以上企业", P=H1, C=True),
    F("6.42亿度", 642000000, "度", S=YA, K="zone", M="规上工业用电量", P=H1),
    F("39.2%", 39.2, "%", S=YA, K="zone", M="规上工业用电量", P=H1, C=True),
    F("75.8%", 75.8, "%", S=YA, K="zone", M="呈增长势头企业占规上工业企业", P=H1),
    F("27个", 27, "个", S=YA, K="zone", M="达产达效项目", P=H1),
    F("近10亿元", 1000000000, "元", S=YA, K="zone", M="新增规上工业产值", P=H1, C=True),
    F("17.1个百分点", 17.1, "个百分点", S=YA, K="zone", M="拉动园区规上工业产值增长", P=H1, C=True),
]
DATES = [D("上半年", "2021-01", "2021-06", inferred=True)] * 5
