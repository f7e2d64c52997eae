# unlistedstock.com.tw (Taiwan unlisted-stock site) copy of a material-information filing, Traditional script, stored as
# one line: headline, printed `2018/03/19`, then the numbered fields glued together (`107/03/192.投資…`: the list
# numbers `1.`…`6.` are no figures). The `上一則:/下一則:` navigation teasers after the last field are cut.
# Title: the filing's headline as printed, with its `(修訂)` (amended) tag. Published 2018-03-19 (printed).
# Dates: `2018/03/19`; ROC `107/03/19` (→ 2018-03-19), `106年第三季至109年第一季` (→ 2017-07..2020-03, the planned
# investment window), `106年7月6日` (→ 2017-07-06; the original budget's date).
# No company is named (`本公司` throughout): no enterprise; figures have no named subject. 利澤廠辦大樓 and 龍德廠房
# are buildings. `新台幣2.4億元` twice (the new ceiling, and the budget adjusted to it) and the original `3.1億元` are
# budgets (target); the ceiling's period is the investment window.
PUBLISHED = "2018-03-19"
PUBLISHED_INFERRED = False
WIN = ("2017-07", "2020-03")
ARTICLES = [A("(修訂)本公司董事會通過自地委建廠辦大樓預算", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("2.4億元", 240000000, "元", M="利澤廠辦大樓投資額度", P=WIN, T=True),
    F("3.1億元", 310000000, "元", M="原資本支出預算", P="2017-07-06", T=True),
    F("2.4億元", 240000000, "元", M="調整後資本支出預算", P=WIN, T=True),
]
DATES = [D("2018/03/19", "2018-03-19"), D("107/03/19", "2018-03-19"),
         D("106年第三季至109年第一季", "2017-07", "2020-03"), D("106年7月6日", "2017-07-06")]
EXCLUDE = ["1.董事會", "2.投資", "3.預計", "4.資金", "5.具體", "6.其它"]
