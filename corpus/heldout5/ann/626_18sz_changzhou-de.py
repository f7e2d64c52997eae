# m.18sz.com (security-industry portal) repost of a 澎湃 story; date printed (the time `20:22` is glued to the page's
# view counter `418`, which is not a figure). `近两亿欧元` (Chinese numeral with 亿) is a figure. `超亿美元` has no
# numeral → category threshold, not a figure. `四个`, `连续六年` small Chinese counts / durations in 年 → not figures;
# `50年` is a duration in 年 → not a figure. 18SZ is the site's image watermark. No enterprise is named; 中国德国商会 is a chamber.
PUBLISHED = "2022-07-08"
PUBLISHED_INFERRED = False
CZ = "常州"
ARTICLES = [A("中德签约10个合作项目 投资额近两亿欧元", None)]
ZONES = []
ENTERPRISES = []
D7 = "2022-07-07"
FIGURES = [
    F("10个", 10, "个", S=CZ, K="other", M="签约合作项目", P=D7),
    F("近两亿欧元", 200000000, "欧元", S=CZ, K="other", M="投资额", P=D7),
    F("10个", 10, "个", S=CZ, K="other", M="签约商业合作项目", P=D7),
    F("近2亿欧元", 200000000, "欧元", S=CZ, K="other", M="总投资", P=D7),
    F("10个", 10, "个", S=CZ, K="other", M="中德合作项目", P=D7),
    F("近2亿欧元", 200000000, "欧元", S=CZ, K="other", M="总投资", P=D7),
    F("10.6亿美元", 1060000000, "美元", S=CZ, K="other", M="新批协议外资", P="2022"),
    F("11.4%", 11.4, "%", S=CZ, K="other", M="新批协议外资", P="2022", C=True),
    F("不到3亿美元", 300000000, "美元", S="中德", K="other", M="贸易额", P=None),
    F("2400多亿欧元", 240000000000, "欧元", S="中德", K="other", M="贸易额", P="2021"),
    F("超过250家", 250, "家", S=CZ, K="other", M="累计设立德国投资企业", P="2022-07"),
    F("45个", 45, "个", S="常州企业", K="other", M="在德国投资项目", P="2022-07"),
]
DATES = [D("2022-07-08", "2022-07-08"), D("7月7日", "2022-07-07", inferred=True), D("2021年", "2021")]
