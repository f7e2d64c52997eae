# chinanews.com.cn (中新网, national wire site) carrying a 经济参考报 story (national paper), printed `2016年10月13日 09:11`
# (clock no figure); navigation bars and `【编辑:…】` kept. Zone 中关村 → primary_zone. Companies 小米, 美团 (short).
# 北京方迪经济发展研究院 / 中关村创新发展研究院 (institutes), 北京市社会科学院 are not enterprises.
# `中关村指数2016` is an index's name (its year no date; stored three times); `12日` → 2016-10-12. The index values
# (`100`, `375.9`, `90.1`) are figures with unit ""; `亿元企业` (a size class), `半壁江山`, `前十`, `第二` are not.
# `四分之一` → ratio 0.25 (heldout7), approx by hand (`约占…四分之一`, marker apart); `超过百亿美元` → Chinese numeral
# with scale word → 1e10 美元. `截至2015年` gives a `2015年` date; each `2015年` is a date of its own (5).
PUBLISHED = "2016-10-13"
PUBLISHED_INFERRED = False
ZG = "中关村"
ZS = "中关村指数"
ARTICLES = [A("中关村“独角兽”企业占据全国半壁江山", ZG)]
ZONES = [Z(ZG, [ZG])]
ENTERPRISES = [E("小米", kind="short"), E("美团", kind="short")]
FIGURES = [
    F("100", 100, "", kind="other", S=ZS, K="other", M="基期数", P="2008"),
    F("375.9", 375.9, "", kind="other", S=ZS, K="other", M="综合指数", P="2016"),
    F("90.1", 90.1, "", kind="other", S=ZS, K="other", M="综合指数", P="2016", C=True),
    F("6个", 6, "个", S=ZS, K="other", M="分项指数", P=None),
    F("14个", 14, "个", S=ZS, K="other", M="二级指标", P=None),
    F("38个", 38, "个", S=ZS, K="other", M="三级指标", P=None),
    F("2.4万家", 24000, "家", S=ZG, K="zone", M="新创办科技型企业", P="2015"),
    F("1.1万家", 11000, "家", S=ZG, K="zone", M="新创办科技型企业", P="2015", C=True),
    F("66家", 66, "家", S=ZG, K="zone", M="平均每天新创科技型企业", P="2015"),
    F("373家", 373, "家", S=ZG, K="zone", M="获得融资的新创办企业", P="2015"),
    F("四分之一", 0.25, "", kind="ratio", approx=True, S=ZG, K="zone", M="占获得融资企业总数", P="2015"),
    F("411家", 411, "家", S=ZG, K="zone", M="新增亿元企业", P="2015", C=True),
    F("40余家", 40, "家", S=ZG, K="zone", M="独角兽企业", P="2015"),
    F("10亿美元", 1000000000, "美元", S=ZG, K="zone", M="独角兽企业估值门槛", P=None),
    F("超过50%", 50, "%", S=ZG, K="zone", M="独角兽企业全国占比", P="2015"),
    F("2家", 2, "家", S=ZG, K="zone", M="估值超过百亿美元企业", P="2015"),
    F("超过百亿美元", 10000000000, "美元", S=ZG, K="zone", M="企业估值", P="2015"),
]
DATES = [
    D("2016年10月13日", "2016-10-13"),
    D("12日", "2016-10-12", inferred=True),
    D("2008年", "2008"),
    D("2015年", "2015"), D("2014年", "2014"), D("2015年", "2015"), D("2015年", "2015"), D("2015年", "2015"),
    D("2015年", "2015"),
]
EXCLUDE = ["09:11", "指数2016"]
