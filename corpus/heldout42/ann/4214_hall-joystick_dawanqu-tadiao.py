# hall-joystick.com (content farm `special` page) copy in Traditional script of an 經濟日報 feature on the Greater Bay
# Area; printed `2024-06-18 17:09:33 來源:經濟日報`, font-size menu kept; cut after the last complete paragraph (the
# fourth broke off; the 河套深港科創合作區 fell in the cut tail). No zone: 前海 and 三灣片區 are not named as zones of
# GUIDE's kinds, 大灣區 is a region. No company (深港青年夢工場 a platform, 港珠澳大橋 a bridge).
# `5周年`, `12年前`, `5年間` (twice) are spans in 年, no figures. `上百名` → 100 名, approx (GUIDE's `百余名`).
# `1小時` a duration figure. `3.2萬億元` is an increase over the five years (change; no single period).
PUBLISHED = "2024-06-18"
PUBLISHED_INFERRED = False
DW = dict(S="大灣區", K="other")
ARTICLES = [A("大灣區,塔吊林立!", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("上百名", 100, "名", approx=True, S="主題采訪活動", K="other", M="記者", P="2024-06"),
    F("271棟", 271, "棟", kind="count", S="三灣片區", K="other", M="累計建成樓宇", P="2024-06"),
    F("3.2萬億元", 3200000000000, "元", **DW, M="經濟總量新增", P=None, C=True),
    F("3.46萬億元", 3460000000000, "元", S="深圳", K="other", M="生產總值", P="2023"),
    F("1小時", 1, "小時", **DW, M="主要城市間通達時間", P=None),
]
DATES = [D("2024-06-18", "2024-06-18"), D("2023年", "2023")]
EXCLUDE = ["17:09:33", "5周年", "12年前", "5年間"]
