# wxredian.com (WeChat-article mirror of a 常州 account), channel line `教育   2024-11-01 15:29   江苏` (printed date;
# clock excluded), one-phrase-per-line layout kept. Cut after the 溧阳 paragraph (`此外` began a list that broke off).
# The event and list names `…高质量发展研讨会2024` and `2024中国省级开发区…百强榜单` carry no date (GUIDE: names).
# Zones: 常州经济开发区 (`江苏常州经济开发区`, `常州经开区`; province dropped as heldout8 drops a city prefix),
# 溧阳高新区 (`江苏省溧阳高新技术产业开发区`, `溧阳高新区`), 中关村 (named, GUIDE). The title is about both → null.
# 江苏时代, 上汽时代 short. Ranks (`全国第一`, `第三`, `全市前三`) and `2+2+X` are no figures. `当前` → the
# publication month (heldout10's `目前`); `今年前三季度` → 2024-01..09 (year inferred).
PUBLISHED = "2024-11-01"
PUBLISHED_INFERRED = False
CZ = "常州经济开发区"
LY = "溧阳高新区"
CK = dict(S=CZ, K="zone")
LK = dict(S=LY, K="zone")
Q3 = ("2024-01", "2024-09")
NOW = "2024-11"
OK = dict(S="省级开发区", K="other")
ARTICLES = [A("全国前三,常州占两席!", None)]
ZONES = [Z(CZ, ["江苏常州经济开发区", "常州经开区"]), Z(LY, ["江苏省溧阳高新技术产业开发区", "溧阳高新区"]),
         Z("中关村", ["中关村"])]
ENTERPRISES = [E("江苏时代", kind="short"), E("上汽时代", kind="short")]
FIGURES = [
    F("2100余个", 2100, "个", **OK, M="省级开发区数量"),
    F("23项", 23, "项", M="具体指标"),
    F("2100余个", 2100, "个", **OK, M="省级开发区数量"),
    F("723.58亿元", 72358000000, "元", **CK, M="地区生产总值", P=Q3),
    F("5.1%", 5.1, "%", **CK, M="地区生产总值", P=Q3, C=True),
    F("超80%", 80, "%", **CK, M="“四特三新三潜”产业产值占规上比重", P=NOW),
    F("超过375亿元", 37500000000, "元", **CK, M="新能源领域规上企业产值", P=NOW),
    F("2个", 2, "个", **CK, M="国家特色产业基地", P=NOW),
    F("1个", 1, "个", **CK, M="国家创新型产业集群", P=NOW),
    F("近500家", 500, "家", **CK, M="高新技术企业", P=NOW),
    F("超170家", 170, "家", **CK, M="省级以上“专精特新”企业", P=NOW),
    F("2203亿元", 220300000000, "元", **LK, M="规上工业总产值", P="2023"),
    F("18%", 18, "%", **LK, M="规上工业总产值", P="2023", C=True),
    F("2802亿元", 280200000000, "元", **LK, M="工业应税销售", P="2023"),
    F("45%", 45, "%", **LK, M="工业应税销售", P="2023", C=True),
    F("192家", 192, "家", **LK, M="高新技术企业", P="2023"),
    F("203家", 203, "家", **LK, M="规模以上工业企业", P="2023"),
    F("10家", 10, "家", **LK, M="国家专精特新“小巨人”企业", P="2023"),
    F("超100家", 100, "家", **LK, M="动力电池产业链企业", P="2023"),
]
DATES = [D("2024-11-01", "2024-11-01"), D("今年前三季度", Q3[0], Q3[1], inferred=True), D("2023年", "2023")]
EXCLUDE = ["15:29", "研讨会2024", "2024中国省级开发区", "“2+2+X”"]
