# sugertoy.com (a spam-frame site reposting a 苏州 news item): bullet lines with a printed date `2023-03-04` and a
# made-up author `John Dowson`, an injected horoscope paragraph (`愚人总有傻福…十月初,运势旺,八本站`) and the headline
# repeated with a trailing `本站`; all kept as stored. Cut after the third article paragraph (the returned text broke
# off in the fourth). One article, its headline printed twice = one title.
# `1月12日` → 2023-01-12 (year inferred from the printed date); `1999年` a date; `十月初` in the injected horoscope is a
# calendar mention without year → 2023-10 (GUIDE's `4月初`, page year; NEW: injected text is annotated as what the page
# says). Bare `明年` no date. Zone 苏州工业园区 (city-rank 工业园区; named for 博世苏州's seat, not the article's zone).
# Enterprises: 博世集团 (group; bare `博世` a variant), 博世中国 and 博世苏州 (short: the China arm and the Suzhou
# subsidiary, companies of their own). `世界500强` a rank class and `IPB2.0` a product name (excluded); `落户23年多来`
# a duration in 年. `超10亿美元` four times (headline twice, body twice).
PUBLISHED = "2023-03-04"
PUBLISHED_INFERRED = False
SIP = "苏州工业园区"
PJ = dict(S="博世新能源汽车核心部件及自动驾驶研发制造基地项目", K="other")
ARTICLES = [A("知名外企在中国又一巨额投资项目超10亿美元落地江苏", None)]
ZONES = [Z(SIP, [SIP])]
ENTERPRISES = [E("博世集团", ["博世"], kind="group"), E("博世中国", kind="short"), E("博世苏州", kind="short")]
FIGURES = [
    F("超10亿美元", 1000000000, "美元", kind="money", **PJ, M="总投资", P=None),
    F("超10亿美元", 1000000000, "美元", kind="money", **PJ, M="总投资", P=None),
    F("超10亿美元", 1000000000, "美元", kind="money", **PJ, M="总投资", P=None),
    F("59家", 59, "家", S="博世集团", K="enterprise", M="在中国法人实体", P="2023-03"),
    F("超10亿美元", 1000000000, "美元", kind="money", **PJ, M="新项目总投资", P=None),
]
DATES = [D("2023-03-04", "2023-03-04"), D("十月初", "2023-10", inferred=True), D("1月12日", "2023-01-12", inferred=True),
         D("1999年", "1999")]
EXCLUDE = ["500强", "IPB2.0", "23年"]
