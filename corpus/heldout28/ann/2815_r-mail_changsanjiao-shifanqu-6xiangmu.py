# r-mail.cn (content farm) copy of a 谷騰環保網 item converted to Traditional; the stored text breaks off in the last
# paragraph (`為了更精準服務示`): cut after the 水鄉客廳 one. No printed date: `2月9日` with the meeting's `2022年`
# → published 2022-02-09 (inferred). The meeting's year `2022年` (before the meeting's name, heldout16) and the
# body's `2022年` are dates. `第三個建設年` is an ordinal; `預計5年累計稅收` a duration in 年 (no figure).
# Zones: 長三角生態綠色一體化示范區 (…示范區; primary; the bare `示范區` used for it throughout) and 吳江汾湖高新區
# (the projects' location; district name kept). Not zones: 先行啟動區, 吳江高鐵科創新城, towns and counties.
# Companies: 中國三峽集團, 寶業集團 (group); 長新公司 with its bracketed alias `水鄉客廳公司` (short); 華為, 阿里巴巴,
# 中國鐵建, 上海城投, 中國節能 (short); 長三角投資(上海)有限公司 (registered); companies heading projects (heldout10):
# 東領科技 (…裝備高端薄膜沉積設備制造項目), 安太力 (…生物醫療設備智能制造項目). Not entered: 國家綠色基金 (a fund),
# 汾藍綠城 (may be the project's own name), 開發者聯盟 (an alliance).
PUBLISHED = "2022-02-09"
PUBLISHED_INFERRED = True
SFQ = "長三角生態綠色一體化示范區"
D9 = "2022-02-09"
ARTICLES = [A("長三角生態綠色一體化示范區6個重大項目集中簽約!", SFQ)]
ZONES = [Z(SFQ, [SFQ, "示范區"]), Z("吳江汾湖高新區", ["吳江汾湖高新區"])]
ENTERPRISES = [E("中國三峽集團", kind="group"), E("長新公司", ["水鄉客廳公司"], kind="short"), E("華為", kind="short"),
               E("阿里巴巴", kind="short"), E("中國鐵建", kind="short"), E("寶業集團", kind="group"),
               E("上海城投", kind="short"), E("中國節能", kind="short"), E("長三角投資(上海)有限公司"),
               E("東領科技", kind="short"), E("安太力", kind="short")]
FIGURES = [
    F("6個", 6, "個", S=SFQ, K="zone", M="集中簽約重大項目", P=D9),
    F("6個", 6, "個", S=SFQ, K="zone", M="現場集中簽約項目", P=D9),
    F("90億元", 9000000000, "元", S=SFQ, K="zone", M="簽約項目總投資", P=D9),
    F("30億元", 3000000000, "元", S="汾藍綠城科創基地項目", K="other", M="總投資", P=D9),
    F("8億元", 800000000, "元", S="東領科技", K="enterprise", M="高端薄膜沉積設備制造項目總投資", P=D9),
    F("約10億元", 1000000000, "元", S="安太力", K="enterprise", M="項目總投資", P=D9),
    F("2億元", 200000000, "元", S="安太力", K="enterprise", M="5年累計稅收", T=True),
    F("80多項", 80, "項", S=SFQ, K="zone", M="新建、續建項目", P="2022"),
]
DATES = [D("2月9日", D9, inferred=True), D("2022年", "2022"), D("2022年", "2022")]
EXCLUDE = ["5年累計"]
