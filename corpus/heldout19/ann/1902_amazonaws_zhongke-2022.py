# A Taiwan news site served from an AWS load-balancer host (cp-website-…elb.amazonaws.com; the site's name is not in
# the stored text), Traditional. Captions (`▲…(圖/中科管理局提供)`) kept; the caption with `2022年` counts as a
# dated mention. The stored text breaks off in the 引進廠商 paragraph: cut after the caption that follows the
# industries paragraph. No printed date: the park's 2022 full-year results → published 2023 (inferred). `中科2022全年`
# is a dated mention `2022`. No zone (中科, a Taiwan science park); no company (中科管理局 an office). `兆元佳績`
# has no numeral (no figure); `5G` a name. Percentages printed with a space before `%` keep it in their text.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
ZK = dict(S="中科", K="other")
ARTICLES = [A("中科2022年營業額及貿易額續創佳績飆新高 成長幅度遠勝2021年表現", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("1兆1,698.11億元", 1169811000000, "元", **ZK, M="營業總額", P="2022"),
    F("13%", 13, "%", **ZK, M="營業總額成長", P="2022", C=True),
    F("10.6%", 10.6, "%", **ZK, M="營業額成長", P="2021", C=True),
    F("9,180.33億元", 918033000000, "元", **ZK, M="貿易總額", P="2022"),
    F("1,232.99億元", 123299000000, "元", **ZK, M="貿易總額增加", P="2022", C=True),
    F("15.51%", 15.51, "%", **ZK, M="貿易總額成長", P="2022", C=True),
    F("55,295人", 55295, "人", **ZK, M="就業人數", P="2022"),
    F("2,407人", 2407, "人", **ZK, M="就業人數增加", P="2022", C=True),
    F("4.55%", 4.55, "%", **ZK, M="就業人數成長", P="2022", C=True),
    F("23.39 %", 23.39, "%", **ZK, M="積體電路產業營業額成長", P="2022", C=True),
    F("33.04 %", 33.04, "%", **ZK, M="光電產業營業額衰退", P="2022", C=True),
    F("11.14 %", 11.14, "%", **ZK, M="精密機械產業營業額成長", P="2022", C=True),
    F("17.56 %", 17.56, "%", **ZK, M="生物技術產業營業額成長", P="2022", C=True),
    F("39.11 %", 39.11, "%", **ZK, M="電腦及周邊產業營業額成長", P="2022", C=True),
]
DATES = [D("2022年", "2022")] * 7 + [D("2021年", "2021")] * 7 + [D("2022", "2022")]
EXCLUDE = ["5G"]
