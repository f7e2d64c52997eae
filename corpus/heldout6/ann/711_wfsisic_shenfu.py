# wfsisic.com copy (mainland story in Traditional script). No printed date; `8月16日` with the
# `2019年第二批重點項目集中開工儀式` gives 2019-08 (a batch/ceremony name: its year is not a date, heldout4).
# Cut after the paragraph 開工儀式當日… (the stored copy breaks off in the next one).
# 沈撫新區 (新區) is a zone; bare `新區` is a variant. Enterprises: registered names as printed; 綠地控股集團 group;
# 京東 (京東(遼寧)…產業園項目) with 京東云 as variant, 華為 and 敦煌網 named at the head of their projects (short).
# 光科/歐柏麗/晨友/錦聯 in project names are left out (not plainly companies). `百億項目` → bare 百億 (heldout4: figure,
# unit ""); `兩份` a small Chinese count.
PUBLISHED = "2019-08"
PUBLISHED_INFERRED = True
SF = "沈撫新區"
D16 = "2019-08-16"
ARTICLES = [A("大動作不斷!沈撫新區第二批57個重點項目集中開工 連續簽署兩份百億項目", SF)]
ZONES = [Z(SF, [SF, "新區"])]
ENTERPRISES = [
    E("廣東圣豐集團有限公司"),
    E("綠地控股集團", kind="group"),
    E("京東", ["京東云"], kind="short"),
    E("華為", kind="short"),
    E("敦煌網", kind="short"),
    E("遼寧新坐標科技有限公司"),
    E("沈陽新瑞特機電設備有限公司"),
    E("沈陽每日食品有限公司"),
]
FIGURES = [
    F("57個", 57, "個", S=SF, K="zone", M="集中開工重點項目", P=D16),
    F("百億", 10000000000, "", kind="money", S=SF, K="zone", M="簽署項目投資", P=None),
    F("57個", 57, "個", S=SF, K="zone", M="集中開工重點建設項目", P=D16),
    F("138.4億元", 13840000000, "元", S=SF, K="zone", M="總投資", P=D16),
    F("100億元", 10000000000, "元", S="沈撫科技小鎮項目", K="other", M="總投資", P=D16),
    F("100億元", 10000000000, "元", S="綠地控股集團", K="enterprise", M="計劃投資", P="2019-08-15", T=True),
    F("57個", 57, "個", S=SF, K="zone", M="集中開工項目", P=D16),
    F("5個", 5, "個", S=SF, K="zone", M="招商引資產業項目", P=D16),
    F("107.2億元", 10720000000, "元", S=SF, K="zone", M="招商引資產業項目總投資", P=D16),
    F("6個", 6, "個", S=SF, K="zone", M="新經濟和綜合服務平臺項目", P=D16),
    F("25.1億元", 2510000000, "元", S=SF, K="zone", M="新經濟和綜合服務平臺項目總投資", P=D16),
    F("13個", 13, "個", S="錦聯(沈撫)新經濟夢工廠", K="other", M="新入駐企業", P=D16),
    F("2.3億元", 230000000, "元", S="錦聯(沈撫)新經濟夢工廠", K="other", M="總投資", P=D16),
    F("34個", 34, "個", S=SF, K="zone", M="基礎設施建設項目", P=D16),
    F("3.8億元", 380000000, "元", S=SF, K="zone", M="基礎設施建設項目總投資", P=D16),
    F("6個", 6, "個", S=SF, K="zone", M="新建道路工程", P=D16),
    F("16個", 16, "個", S=SF, K="zone", M="民生保障工程", P=D16),
    F("12個", 12, "個", S=SF, K="zone", M="基礎設施配套項目", P=D16),
]
DATES = [D("8月16日", D16, inferred=True), D("8月15日", "2019-08-15", inferred=True)]
