# tasting24.com (content farm, `黑龍江` channel) copy of a 中國產業經濟信息網 item, converted to Traditional with glued
# pinyin readings (`強(qiáng)勢`, `產(chǎn)業(yè)`); title line, source/time line `時間:2022-08-03` and the blank lines kept. The
# stored text broke off in the 夏季會戰 paragraph; cut after the last complete paragraph. No zone → primary null.
# Companies heading project names (short, names as stored): 華為 (`哈爾濱華為鯤鵬生態中心項目`), 聯順生物制藥
# (`七臺河聯順生物制藥項目`), 東安動力 (`東安動力新能源混動系統新基地`), 科友 (`科友碳化硅襯底材料`); 尚志抽水蓄能電站 is a
# project (no company). Figures: the headline's `3114個` and `近7%` count; `3114個` and `500個` three times each in
# the body; `0.8個百分點` a comparison with the country (no change flag); `六大特點` no figure.
# Dates: `上半年` (headline and body) and `1-6月` → 2022-01..06; `6月底`, `6月` → 2022-06; `7月底` → 2022-07;
# `10月` (planned trial production) → 2022-10.
PUBLISHED = "2022-08-03"
PUBLISHED_INFERRED = False
HL = dict(S="黑龍江", K="other")
H1 = ("2022-01", "2022-06")
ARTICLES = [A("3114個重點項目強(qiáng)勢帶動 上半年黑龍江固投同比增長近7%", None)]
ZONES = []
ENTERPRISES = [E("華為", kind="short"), E("聯(lián)順生物制藥", kind="short"), E("東安動力", kind="short"),
               E("科友", kind="short")]
FIGURES = [
    F("3114個", 3114, "個", **HL, M="開工建設重點項目", P="2022-06"),
    F("近7%", 7, "%", **HL, M="固定資產投資同比增長", P=H1, C=True),
    F("3114個", 3114, "個", **HL, M="省市兩級開工建設重點項目", P="2022-06"),
    F("87.8%", 87.8, "%", **HL, M="開工率", P="2022-06"),
    F("500個", 500, "個", **HL, M="省級重點項目", P="2022"),
    F("450個", 450, "個", **HL, M="省級重點項目已開工", P="2022-06"),
    F("90%", 90, "%", **HL, M="省級重點項目開工率", P="2022-06"),
    F("2664個", 2664, "個", **HL, M="市級重點項目開工建設", P="2022-06"),
    F("87.5%", 87.5, "%", **HL, M="市級重點項目開工率", P="2022-06"),
    F("6.9%", 6.9, "%", **HL, M="全省固定資產投資同比增長", P=H1, C=True),
    F("0.8個百分點", 0.8, "個百分點", **HL, M="固定資產投資增速高于全國", P=H1),
    F("13.5%", 13.5, "%", **HL, M="施工項目數同比增長", P=H1, C=True),
    F("28.4%", 28.4, "%", **HL, M="新開工項目數同比增長", P=H1, C=True),
    F("30.8萬人", 308000, "人", **HL, M="帶動就業", P=H1),
    F("16%", 16, "%", **HL, M="鐵路礦建運量同比增長", P="2022-06", C=True),
    F("3114個", 3114, "個", **HL, M="已開復工項目", P="2022"),
    F("2063個", 2063, "個", **HL, M="新開工項目", P="2022"),
    F("66.2%", 66.2, "%", **HL, M="新開工項目占比", P="2022"),
    F("500個", 500, "個", **HL, M="省級重點項目", P="2022"),
    F("318個", 318, "個", **HL, M="省級重點項目中新開工項目", P="2022"),
    F("63.6%", 63.6, "%", **HL, M="省級重點項目中新開工項目占比", P="2022"),
    F("500個", 500, "個", **HL, M="省級重點項目", P="2022"),
    F("300個", 300, "個", **HL, M="省級重點項目中產業項目", P="2022"),
    F("60%", 60, "%", **HL, M="產業項目占比", P="2022"),
    F("135個", 135, "個", **HL, M="發展新引擎項目", P="2022"),
    F("45%", 45, "%", **HL, M="發展新引擎項目占比", P="2022"),
]
DATES = [D("上半年", "2022-01", "2022-06", inferred=True), D("2022-08-03", "2022-08-03"),
         D("6月底", "2022-06", inferred=True), D("上半年", "2022-01", "2022-06", inferred=True),
         D("1-6月", "2022-01", "2022-06", inferred=True), D("6月", "2022-06", inferred=True),
         D("7月底", "2022-07", inferred=True), D("10月", "2022-10", inferred=True)]
EXCLUDE = []
