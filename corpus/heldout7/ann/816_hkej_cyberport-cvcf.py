# stock360.hkej.com (信報, Hong Kong financial portal), Traditional, printed 2022年10月27日. The index ticker lines
# (恒生指數 26885.24 37.92 …) are a page widget (furniture, heldout6): no figures. Cut before the data-vendor footer.
# 數碼港 is a park / its operator named without 公司: not an enterprise; no zones (Hong Kong parks, heldout5/6).
# `一連兩日` → Chinese-numeral duration figure (team convention); `二十大` is a name; `5年` (years) no figure.
# `去年10月至今年9月` → one ranged date 2021-10..2022-09. `按年上升1.76倍`, `增加約8000萬元` → change.
PUBLISHED = "2022-10-27"
PUBLISHED_INFERRED = False
CS = "數碼港初創社群"
WL = "數碼港投資者網絡"
PR = ("2021-10", "2022-09")
ARTICLES = [A("孫東:當局正制訂創新科技發展藍圖", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("兩日", 2, "日", kind="duration", S="數碼港創業投資論壇", K="other", M=None, P=None),
    F("逾155億元", 15500000000, "元", S=CS, K="other", M="融資金額", P=PR),
    F("1.76倍", 1.76, "倍", S=CS, K="other", M="融資金額", P=PR, C=True),
    F("344億元", 34400000000, "元", S=CS, K="other", M="累計融資", P="2022-09"),
    F("約5.8億元", 580000000, "元", S=WL, K="other", M="促成融資額", P=PR),
    F("約8000萬元", 80000000, "元", S=WL, K="other", M="促成融資額", P=PR, C=True),
    F("超過150家", 150, "家", S=WL, K="other", M="公司會員", P="2022-10"),
    F("逾25個", 25, "個", S=WL, K="other", M="大灣區投資會員", P="2022-10"),
    F("67宗", 67, "宗", S=WL, K="other", M="撮合投資", P="2022-10"),
    F("超過17億元", 1700000000, "元", S=WL, K="other", M="總投資規模", P="2022-10"),
]
DATES = [
    D("2022年10月27日", "2022-10-27"),
    D("去年10月至今年9月", "2021-10", "2022-09", inferred=True),
]
EXCLUDE = ["stock360.hkej", "恒生指數 26885.24 37.92", "國企指數 9093.34 44.96", "上證指數 4075.92 26.29", "5年至今"]
