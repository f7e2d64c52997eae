# invest.kcg.gov.tw (高雄市政府 investment portal, `NEWS`/`產業新聞` section), Traditional script: menu lines before the
# headline, which ends with the language label `(正體中文)` (no part of the title), then the ROC-dated line
# `發佈日期:107/10/5` (→ 2018-10-05, printed, not inferred). The `新聞連結`/`回新聞列表` widgets after the paragraph cut.
# Dates: `明(3)日` (the groundbreaking; day 3 printed, month and year from the date line → 2018-10-03, inferred).
# Company: 華邦電子 (short; listed Taiwan chip maker named without 股份有限公司). No zone: 路竹科學園區, 橋頭科學園區 are
# Taiwan science parks (heldout16: Taiwan parks are no GUIDE zones); 高雄 a city.
# Figures: `近10年來` is a duration in 年 and `12吋晶圓廠` a size inside a plant's name (GUIDE: `6英寸晶圆…项目`), both
# no figures; `3350億` prints no unit → "". Facts: 高雄 (the city government's land) and 華邦電子's investment on the
# groundbreaking day.
PUBLISHED = "2018-10-05"
PUBLISHED_INFERRED = False
KH = dict(S="高雄", K="other")
ARTICLES = [A("市府卯足全力 整備產業用地1200公頃捷運高鐵大學城 最佳投資區位在高雄!", None)]
ZONES = []
ENTERPRISES = [E("華邦電子", kind="short")]
FIGURES = [
    F("1200公頃", 1200, "公頃", **KH, M="整備產業用地"),
    F("3350億", 335000000000, "", kind="money", S="華邦電子", K="enterprise", M="投資興建12吋晶圓廠", P="2018-10-03"),
    F("超過1200公頃", 1200, "公頃", **KH, M="報編或儲備產業用地"),
]
DATES = [D("107/10/5", "2018-10-05"), D("明(3)日", "2018-10-03", inferred=True)]
EXCLUDE = ["近10年來", "12吋"]
