# luncong.cn (web copy) of a 每日经济新闻 story (national financial paper), printed `发布时间:2017-10-14 18:23:57` (clock
# no figure). No zones, no companies (科技部火炬中心, 长城企业战略研究所 are institutes; 石英财经网, 经济学人, 金融时报,
# 每日经济新闻 are media). `三分之一` in the headline and `约三分之一` in the body → ratio 1/3 (heldout7's 四分之一);
# `三分天下` (an idiom) is not. `10年以内` (duration in 年) no figure; `2016` inside the report's name
# `《2016中国独角兽企业发展报告》` no date. `3.27万亿元` follows `约合人民币`: approx set by hand (marker apart).
# `截至2016年` → a `2016年` date; subject of the national counts: `我国` as printed (other).
PUBLISHED = "2017-10-14"
PUBLISHED_INFERRED = False
WG = "我国"
ARTICLES = [A("三分之一独角兽企业来自中国", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("三分之一", 1/3, "", kind="ratio", S="中国", K="other", M="全球独角兽企业占比", P=None),
    F("超过10亿美元", 1000000000, "美元", S="独角兽企业", K="other", M="估值门槛", P=None),
    F("约三分之一", 1/3, "", kind="ratio", S="中国", K="other", M="全球独角兽企业占比", P="2017"),
    F("131家", 131, "家", S=WG, K="other", M="独角兽企业", P="2016"),
    F("70家", 70, "家", S=WG, K="other", M="独角兽企业", P="2015"),
    F("87%", 87, "%", S=WG, K="other", M="独角兽企业", P="2016", C=True),
    F("4873亿美元", 487300000000, "美元", S=WG, K="other", M="独角兽企业总估值", P="2016"),
    F("3.27万亿元", 3270000000000, "元", approx=True, S=WG, K="other", M="独角兽企业总估值", P="2016"),
]
DATES = [
    D("2017-10-14", "2017-10-14"),
    D("2010年", "2010"),
    D("2016年", "2016"),
    D("2015年", "2015"),
]
EXCLUDE = ["18:23:57", "10年以内", "2016中国独角兽企业发展报告"]
