# xmx13.com (content farm) copy of a 華龍網 (第1眼TV, 重慶 city media) story converted to Traditional. Printed
# `2025-01-02 19:52:15` (clock no figure). Headline `2025開門紅|大足:802家…`: the series tag `2025開門紅|` is no part
# of the title, and `2025開門紅` (tag and the `“2025開門紅”特別報道` column name) is a name, no date; `第1眼TV` a media
# name. The stored text breaks off in the 三驅園區 paragraph: cut after the 據了解 one. Zone: 大足高新區 (canonical in
# GUIDE's form 大足高新区; primary). 萬古園區/三驅園區 are parks inside it. Company: 重慶雙叕精密電子有限公司. `八千萬元`
# (Chinese numeral with scale) a figure; `超億元` has no numeral (no figure, heldout16's `亿元以上`). `1月2日`,
# `一季度` → 2025 (inferred). `截至目前` → the publication day.
PUBLISHED = "2025-01-02"
PUBLISHED_INFERRED = False
DZ = "大足高新区"
SC = "重慶雙叕精密電子有限公司"
ARTICLES = [A("大足:802家企業開足馬力忙生產 邁步新階段", DZ)]
ZONES = [Z(DZ, ["大足高新區"])]
ENTERPRISES = [E(SC)]
FIGURES = [
    F("802家", 802, "家", S=DZ, K="zone", M="生產企業開工", P="2025-01-02"),
    F("802家", 802, "家", S=DZ, K="zone", M="生產企業全部正常開工", P="2025-01-02"),
    F("八千萬元", 80000000, "元", S=SC, K="enterprise", M="在大足投資", P="2025-01-02"),
]
DATES = [D("2025-01-02", "2025-01-02"), D("2025年", "2025"), D("1月2日", "2025-01-02", inferred=True),
         D("一季度", "2025-01", "2025-03", inferred=True)]
EXCLUDE = ["2025開門紅", "第1眼", "19:52:15"]
