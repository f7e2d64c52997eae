# movement.gzstv.com (贵州广播电视台's news app page) item; two photo captions standing between paragraphs kept
# (`剑河民合服饰厂生产内…`, `贵州森环活性炭有限公司工厂内…`), the reporters' names closing it; whole as returned. No date
# printed: published 2021 (inferred from `2020年公司实现产值…`, `2021年度的发展目标`). Title: the headline as printed.
# No zone (剑河县工业园区 a county park). Companies: 剑河民合服饰有限公司 (registered; the caption's `剑河民合服饰厂` a
# variant), 贵州森环活性炭有限公司 (registered; the caption repeats its name). Chinese-numeral ranges with a scale word
# are figures: `七八百万件` 7–8 million, `三四十万件` 0.3–0.4 million; `一个亿以上` → 1亿 (unit not printed → "", approx).
# `十几年` a duration in 年, `五纵六横`, `四代` none. `截至目前` → the publication year (only the year is known).
PUBLISHED = "2021"
PUBLISHED_INFERRED = True
MH = dict(S="剑河民合服饰有限公司", K="enterprise")
SH = dict(S="贵州森环活性炭有限公司", K="enterprise")
YQ = dict(S="剑河工业园区", K="other")
ARTICLES = [A("剑河县屯州工业园", None)]
ZONES = []
ENTERPRISES = [E("剑河民合服饰有限公司", ["剑河民合服饰厂"]), E("贵州森环活性炭有限公司")]
FIGURES = [
    F("12公里", 12, "公里", **YQ, M="距剑河县城距离"),
    F("七八百万件", 7000000, "件", vmax=8000000, approx=False, **MH, M="去年产量", P="2020"),
    F("三四十万件", 300000, "件", vmax=400000, approx=False, **MH, M="目前接到订单", P="2021"),
    F("6000多万元", 60000000, "元", **SH, M="产值", P="2020"),
    F("100多个", 100, "个", **SH, M="就业人数", P="2020"),
    F("一个亿以上", 100000000, "", **SH, M="产值发展目标", P="2021", T=True),
    F("21家", 21, "家", **YQ, M="入驻企业", P="2021"),
    F("5家", 5, "家", **YQ, M="规模以上企业", P="2021"),
    F("2.59亿元", 259000000, "元", **YQ, M="规模以上企业工业总产值", P="2020"),
]
DATES = [D("2004年", "2004"), D("2020年", "2020"), D("2021年度", "2021"), D("2004年", "2004"), D("2020年", "2020")]
EXCLUDE = []
