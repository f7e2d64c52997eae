# thehubnews.net (Taiwan local news site), Traditional script: headline and the `【記者…/台南報導】` byline kept. The
# stored text breaks off in the fourth paragraph (`…約占臺南`): cut after the third. No printed date: published `2023`
# (inferred; the 南科 2023 H1 results).
# No zone: 南科 (南部科學園區), 高雄園區, 橋頭園區 are Taiwan science parks (no GUIDE zone, heldout16).
# Enterprises (short names of companies introduced or breaking ground): 聯詠科技, 宣冠儲盈, 高力熱處理, 鈺邦科技, 鈺登科技,
# 新應材, 立新化工, 華騰國際; 默克集團 (group).
# Dates: `2023年上半年` (headline + 3 in the body) → 2023-01..2023-06; every printed `2022年` (`延續2022年`, and in
# `較2022年同期` twice) is a calendar mention → 2022 (the year as printed; call); `6月` (華騰國際 breaks ground) →
# 2023-06 (inferred). Figures: `5奈米製程` is a process node (a technology name, no quantity: excluded); `第1家` an
# ordinal; `衰退19.78%` a change given as printed (19.78). `預計創造共2,980個就業機會` a target.
# Facts: subject 南科 (the printed park, other) for park and industry totals; the industry is in the metric.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
H1 = ("2023-01", "2023-06")
NK = dict(S="南科", K="other", P=H1)
ARTICLES = [A("南科2023年上半年 營業額穩健成長", None)]
ZONES = []
ENTERPRISES = [E("聯詠科技", kind="short"), E("宣冠儲盈", kind="short"), E("高力熱處理", kind="short"),
               E("鈺邦科技", kind="short"), E("鈺登科技", kind="short"), E("默克集團", kind="group"),
               E("新應材", kind="short"), E("立新化工", kind="short"), E("華騰國際", kind="short")]
FIGURES = [
    F("6,769.89億元", 676989000000, "元", **NK, M="營業額"),
    F("3.81%", 3.81, "%", **NK, M="營業額", C=True),
    F("5,706.07億元", 570607000000, "元", **NK, M="貿易總額"),
    F("10.05%", 10.05, "%", **NK, M="貿易總額", C=True),
    F("3,108.34億元", 310834000000, "元", **NK, M="進口額"),
    F("28.40%", 28.4, "%", **NK, M="進口額", C=True),
    F("91,996人", 91996, "人", **NK, M="就業人數"),
    F("313人", 313, "人", **NK, M="就業人數", C=True),
    F("5,473.25億元", 547325000000, "元", **NK, M="積體電路產業營業額"),
    F("8.94%", 8.94, "%", **NK, M="積體電路產業營業額", C=True),
    F("828.53億元", 82853000000, "元", **NK, M="光電產業營業額"),
    F("19.78%", 19.78, "%", **NK, M="光電產業營業額", C=True),
    F("111.93億元", 11193000000, "元", **NK, M="通訊產業營業額"),
    F("37.43%", 37.43, "%", **NK, M="通訊產業營業額", C=True),
    F("7家", 7, "家", **NK, M="引進高科技廠商"),
    F("176.11億元", 17611000000, "元", **NK, M="投資額"),
    F("2,980個", 2980, "個", S="南科", K="other", M="就業機會", T=True),
]
DATES = [D("2023年上半年", "2023-01", "2023-06")] * 4 + [D("2022年", "2022")] * 3 + [D("6月", "2023-06", inferred=True)]
EXCLUDE = ["5奈米", "第1家"]
