# professionalcentralcontractors.com (content farm, mobile article page) copy of a story on the STAR market's first
# annual reports, converted to Traditional with the conversion's glued readings kept as stored (`研發(fā)人員`, `科創(chuàng)板`).
# Printed `發(fā)布時間:2020-05-21 22:33:37` (clock no figure). The stored text breaks off in the 金山辦公 paragraph
# (`其推出的`): cut after the market-value paragraph (so 金山軟件, 微軟 and `2019年11月` fall in the cut tail).
# Title: the whole printed headline with its readings (`!` and the space kept).
# Companies (short): 百奧泰, 澤璟制藥, 金山辦公. `三無企業` no company. No zone.
# Figures: `8成` → 80 % (heldout16's X成); `“科創(chuàng)板100”` is a name (its 100 excluded, three times); `百家` (scale word
# 百) → 100 家; `1.4萬億` has no unit (""); `破千億` is a milestone with a scale word (heldout16's `突破千亿元`) → 1000億,
# unit "" and no approx. `第五套標準` an ordinal. Headline ratios (毛利率, 市盈率, 研發人員占比) belong to unnamed top
# companies of the market: subject 科創板, period 2019 (the reported year). Market counts and values are as of
# `截至2020年4月30日` / `截至4月30日` (→ 2020-04-30, the second year-inferred).
PUBLISHED = "2020-05-21"
PUBLISHED_INFERRED = False
KC = "科創(chuàng)板"
D0430 = "2020-04-30"
M19 = dict(S=KC, K="other", P="2019")
MA = dict(S=KC, K="other", P=D0430)
JS = "金山辦公"
ARTICLES = [A("毛利率96%、市盈率93倍、研發(fā)人員占8成!科創(chuàng)板年報首秀 誰最牛?", None)]
ZONES = []
ENTERPRISES = [E("百奧泰", kind="short"), E("澤璟制藥", kind="short"), E(JS, kind="short")]
FIGURES = [
    F("96%", 96, "%", **M19, M="毛利率"),
    F("93倍", 93, "倍", **M19, M="市盈率"),
    F("8成", 80, "%", **M19, M="研發人員占比"),
    F("100家", 100, "家", **MA, M="上市公司"),
    F("100家", 100, "家", **MA, M="披露2019年經營業績公司"),
    F("百家", 100, "家", **MA, M="公司"),
    F("1.4萬億", 1400000000000, "", **MA, M="市值"),
    F("45家", 45, "家", **MA, M="新一代信息技術產業公司"),
    F("45%", 45, "%", **MA, M="新一代信息技術產業公司數量占比"),
    F("25%", 25, "%", **MA, M="生物醫藥類公司占比"),
    F("14047.2億元", 1404720000000, "元", **MA, M="整體市值"),
    F("破千億", 100000000000, "", S=JS, K="enterprise", P=D0430, M="市值", approx=False),
]
DATES = [D("2020-05-21", "2020-05-21"), D("2020年4月30日", D0430), D("2019年", "2019"), D("4月30日", D0430, inferred=True)]
EXCLUDE = ["22:33:37", "“科創(chuàng)板100”"]
