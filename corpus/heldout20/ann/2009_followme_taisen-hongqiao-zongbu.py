# followme.com (trading community, `Note` post) repost of a 闵行 news item; the `Note` label and the `· Views 63` counter
# kept (counter no figure). The stored text broke off (`近些年来,虹`) → cut after the last complete paragraph. No printed
# date: `第三届中国国际进口博览会…11月6日` with `2020年以来…前三季度` → 11月6日 = 2020-11-06 and published `2020-11`
# (inferred). Dates: `1935年` (founding), `2019年`, `2019财年` (fiscal year, heldout16), `2020年` (in `2020年以来`),
# `前三季度` → 2020-01..09 (inferred).
# 虹桥商务区 / 南虹桥 are no zones of GUIDE's kinds → no zone. Companies: 泰森食品集团 (group; `泰森食品`, `泰森` its short
# forms), 南虹桥公司 (`…公司`, short). Not companies: 南虹桥管委办, 闵行区政府 (government), 《财富》 (media).
# `世界五百强`/`世界500强`/`500强` are list names, `第306位` a rank (no figures).
PUBLISHED = "2020-11"
PUBLISHED_INFERRED = True
TS = dict(S="泰森食品集团", K="enterprise")
HQ = dict(S="虹桥商务区核心区", K="other")
Q3 = ("2020-01", "2020-09")
ARTICLES = [A("进博会上签约,虹桥商务区核心区将迎首个世界五百强地区总部", None)]
ZONES = []
ENTERPRISES = [E("泰森食品集团", ["泰森食品", "泰森"], kind="group"), E("南虹桥公司", kind="short")]
FIGURES = [
    F("400多家", 400, "家", **TS, M="企业和办事处"),
    F("400.52亿美元", 40052000000, "美元", **TS, M="营收", P="2019"),
    F("87户", 87, "户", **HQ, M="新增外资企业", P=Q3, C=True),
    F("50%", 50, "%", **HQ, M="新增外资企业同比增长", P=Q3, C=True),
    F("1.72亿美元", 172000000, "美元", **HQ, M="新增实到外资", P=Q3, C=True),
    F("724%", 724, "%", **HQ, M="新增实到外资同比增长", P=Q3, C=True),
    F("3家", 3, "家", **HQ, M="新增跨国公司地区总部", P=Q3, C=True),
    F("200%", 200, "%", **HQ, M="新增跨国公司地区总部同比增长", P=Q3, C=True),
    F("9家", 9, "家", **HQ, M="累计跨国公司地区总部", P="2020-09"),
]
DATES = [D("11月6日", "2020-11-06", inferred=True), D("1935年", "1935"), D("2019年", "2019"), D("2019财年", "2019"),
         D("2020年", "2020"), D("前三季度", "2020-01", "2020-09", inferred=True)]
EXCLUDE = ["Views 63", "500强", "第306位"]
