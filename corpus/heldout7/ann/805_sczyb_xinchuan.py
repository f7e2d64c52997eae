# sczyb.com (四川省人民政府驻重庆办事处, provincial government office site), printed 2014-03-03. `人气:2021次` is a
# view counter (furniture, heldout6): neither a figure nor a date. 新川创新科技园 is a park inside 成都高新区 (primary).
# Companies: 腾讯公司 (short, variant 腾讯 from 腾讯西南总部), 广东欧珀(OPPO)公司 (…公司 without 有限 → short, variant
# OPPO), 深圳微芯生物公司 (short), 宝德集团 / 晨华集团 (group, place prefix dropped, printed forms as variants).
# `不低于` does not set approx (heldout3's 至少). `4+1` is a slogan. Investments announced at the signing → target.
PUBLISHED = "2014-03-03"
PUBLISHED_INFERRED = False
CD = "成都高新区"
XC = "新川创新科技园"
E27 = "2014-02-27"
ARTICLES = [A("首批5个重大产业化项目落户新川创新科技园", CD)]
ZONES = [Z(CD, [CD])]
ENTERPRISES = [
    E("腾讯公司", ["腾讯"], kind="short"),
    E("广东欧珀(OPPO)公司", ["OPPO"], kind="short"),
    E("宝德集团", ["深圳宝德集团"], kind="group"),
    E("深圳微芯生物公司", kind="short"),
    E("晨华集团", ["广西晨华集团"], kind="group"),
]
FIGURES = [
    F("5个", 5, "个", S=XC, K="other", M="重大产业化项目", P=E27),
    F("5个", 5, "个", S=XC, K="other", M="签约重大产业化项目", P=E27),
    F("67亿元", 6700000000, "元", S=XC, K="other", M="总投资", P=E27),
    F("超过10亿元", 1000000000, "元", S="腾讯公司", K="enterprise", M="追加投资", P=None, T=True),
    F("不低于12亿元", 1200000000, "元", S="广东欧珀(OPPO)公司", K="enterprise", M="投资", P=None, T=True),
    F("不低于15亿元", 1500000000, "元", S="宝德集团", K="enterprise", M="投资", P=None, T=True),
    F("10亿元", 1000000000, "元", S="深圳微芯生物公司", K="enterprise", M="投资", P=None, T=True),
    F("20亿元", 2000000000, "元", S="晨华集团", K="enterprise", M="投资", P=None, T=True),
    F("5个", 5, "个", S=XC, K="other", M="签约项目", P=E27),
    F("超过100个", 100, "个", S=XC, K="other", M="在谈项目", P=None),
]
DATES = [
    D("2014-03-03", "2014-03-03"),
    D("2月27日", E27, inferred=True),
    D("3月", "2014-03", inferred=True),
]
EXCLUDE = ["人气:2021次", "“4+1”"]  # view counter, slogan
