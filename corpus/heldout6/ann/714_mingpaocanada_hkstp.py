# mingpaocanada.com copy of 明報 (Hong Kong paper, Traditional), printed `[2019.11.09] 發表`. The photo caption
# before 【明報專訊】 is part of the page (its words are not figures). 科學園/白石角科學園區 are parks (no zone).
# 科技園公司 is an enterprise (short); 港大/中大/科大 are universities; `ELITE試驗計劃` a programme.
# `三成` → 30 % (X成). `過千萬元` → 10^7 元, approx (heldout5's 过百亿). `接近80%` approx (近). `去年底` → 2018-12.
# `半年` (a duration in 年), `今年中`, `昨` are not figures/dates.
PUBLISHED = "2019-11-09"
PUBLISHED_INFERRED = False
KY = "科技園公司"
KX = "科學園"
ARTICLES = [A("科技園伙港大研西區設據點 貿戰示威影響 外國科企重新考慮來港否", None)]
ZONES = []
ENTERPRISES = [E(KY, kind="short")]
FIGURES = [
    F("接近80%", 80, "%", S=KX, K="other", M="園區出租率", P=None),
    F("88%", 88, "%", S="白石角科學園區", K="other", M="出租率", P="2018-12"),
    F("接近80%", 80, "%", S="白石角科學園區", K="other", M="出租率", P=None),
    F("600多個", 600, "個", S="創業培育計劃", K="other", M="申請項目", P="2018"),
    F("三成", 30, "%", S="創業培育計劃", K="other", M="生物科技範疇項目佔比", P="2018"),
    F("50%", 50, "%", S="ELITE試驗計劃", K="other", M="資金配對", P=None),
    F("過千萬元", 10000000, "元", approx=True, S="ELITE試驗計劃", K="other", M="資金配對金額", P=None),
    F("5間", 5, "間", S="ELITE試驗計劃", K="other", M="加入公司", P=None),
]
DATES = [D("2019.11.09", "2019-11-09"), D("去年底", "2018-12", inferred=True), D("今年6月", "2019-06", inferred=True)]
