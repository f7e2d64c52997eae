# zjmenchuan.com copy of 化工儀器網 (industry portal, Traditional script), printed `2023年12月13日 11:31:02`;
# `點擊量:6291` is a view counter (furniture). The headline is glued to the site line `移動端訪問更便捷` (not in the
# title). Cut after the paragraph 經濟發展量質齊升… (the stored copy breaks off in the next one).
# 國家高新區 and 國家自主創新示范區 are categories here (no place-named zone). `35年來` is a duration in 年.
PUBLISHED = "2023-12-13"
PUBLISHED_INFERRED = False
GX = "國家高新區"
Q3 = ("2023-01", "2023-09")
ARTICLES = [A("國家高新區共計178家 前三季度GDP達12.33萬億元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("178家", 178, "家", S=GX, K="other", M="總數", P="2023-11"),
    F("12.33萬億元", 12330000000000, "元", S=GX, K="other", M="GDP", P=Q3),
    F("178家", 178, "家", S=GX, K="other", M="總數", P="2023-11"),
    F("66家", 66, "家", S=GX, K="other", M="建設國家自主創新示范區的國家高新區", P="2023-11"),
    F("23家", 23, "家", S="國家自主創新示范區", K="other", M="數量", P="2023-11"),
    F("12.33萬億元", 12330000000000, "元", S=GX, K="other", M="園區生產總值", P=Q3),
    F("7.11%", 7.11, "%", S=GX, K="other", M="園區生產總值", P=Q3, C=True),
    F("13.50%", 13.5, "%", S=GX, K="other", M="占全國比重", P=Q3),
    F("178家", 178, "家", S=GX, K="other", M="總數", P="2023-11"),
    F("66家", 66, "家", S=GX, K="other", M="建設國家自主創新示范區的國家高新區", P="2023-11"),
    F("23家", 23, "家", S="國家自主創新示范區", K="other", M="數量", P="2023-11"),
    F("17.3萬億元", 17300000000000, "元", S=GX, K="other", M="生產總值", P="2022"),
    F("14.3%", 14.3, "%", S=GX, K="other", M="占全國GDP", P="2022"),
    F("13.6%", 13.6, "%", S=GX, K="other", M="占全國稅收", P="2022"),
    F("12.33萬億元", 12330000000000, "元", S=GX, K="other", M="園區生產總值", P=Q3),
    F("7.11%", 7.11, "%", S=GX, K="other", M="園區生產總值", P=Q3, C=True),
    F("13.50%", 13.5, "%", S=GX, K="other", M="占全國比重", P=Q3),
    F("37.66萬億元", 37660000000000, "元", S=GX, K="other", M="營業收入", P=Q3),
    F("4.22%", 4.22, "%", S=GX, K="other", M="營業收入", P=Q3, C=True),
    F("3.32萬億元", 3320000000000, "元", S=GX, K="other", M="利潤總額", P=Q3),
]
DATES = [
    D("前三季度", "2023-01", "2023-09", inferred=True),
    D("2023年12月13日", "2023-12-13"),
    D("2023年11月", "2023-11"),
    D("2023年前三季度", "2023-01", "2023-09"),
    D("2023年11月", "2023-11"),
    D("2022年", "2022"),
    D("2023年前三季度", "2023-01", "2023-09"),
    D("前三季度", "2023-01", "2023-09", inferred=True),
]
