# merit-times.com.tw (人間福報, Taiwan daily), Traditional, printed `2019.06.07`; `1250觀看次` is a view counter
# (furniture). Cut before the site teasers/footer (熱門新聞, 訂閱電子報, weather, paper blurb). No zone. Companies:
# 先益電子, 台糖 (short); `某家電子大咖` anonymised (heldout7). Chinese numerals with a scale word are figures
# (`逾三千六百九十億元`, `超過五千億元`, `三百五十六億元`, `一千三百五十四位`, `二千零五十一公頃`); without one they are
# not (`六十九家`, `四十多家`, `三件`, `三家`); `逾三成以上` → 30 % approx, `約九成五` → 95 % (X成, heldout7);
# `三年內`/`六年` durations in 年. `約一千五百億至一千六百億元` is one ranged figure. `3案` headline count (unit 案).
# `今年底` → 2019-12 (heldout9 `今年年底`); `昨天` → 2019-06-06 for facts only. `今年以來` → 2019-01..06 for facts.
PUBLISHED = "2019-06-07"
PUBLISHED_INFERRED = False
Y = 100000000
TS = "經濟部投資台灣事務所"
HL = "台商回流"
D6 = "2019-06-06"
SO = ("2019-01", "2019-06")
ARTICLES = [A("台商回流添3案 累計3690億", None)]
ZONES = []
ENTERPRISES = [E("先益電子", kind="short"), E("台糖", kind="short")]
FIGURES = [
    F("3案", 3, "案", kind="count", S=TS, K="other", M="通過投資案", P=D6),
    F("3690億", 3690*Y, "", kind="money", S=HL, K="other", M="累計投資", P=SO),
    F("逾三千六百九十億元", 3690*Y, "元", S=HL, K="other", M="累積投資", P=SO),
    F("超過五千億元", 5000*Y, "元", S=HL, K="other", M="累計回台投資金額", P="2019-12", T=True),
    F("約一千五百億至一千六百億元", 1500*Y, "元", vmax=1600*Y, S=HL, K="other", M="到位投資金額", P="2019-12", T=True),
    F("逾三成以上", 30, "%", S=HL, K="other", M="占總投資金額", P="2019-12", T=True),
    F("約九成五", 95, "%", S="申請回台投資業者", K="other", M="三年內落實投資比例", P=None),
    F("三百五十六億元", 356*Y, "元", S="某家電子大咖", K="other", M="投資", P=D6, T=True),
    F("一千三百五十四位", 1354, "位", S="某家電子大咖", K="other", M="招募本國專業人才", P=None, T=True),
    F("二千零五十一公頃", 2051, "公頃", S="台糖", K="enterprise", M="釋出土地", P=None, T=True),
]
DATES = [D("2019.06.07", "2019-06-07"), D("今年底", "2019-12", inferred=True), D("今年底", "2019-12", inferred=True)]
EXCLUDE = ["1250觀看次"]
