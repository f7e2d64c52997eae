# m.schwj.cn (汽配人網, auto-parts portal; app banner `下載手機汽配人` before the headline), a 2007 item converted to
# Traditional script with pinyin readings glued after many characters (`高新區(qū)`, `東風(fēng)`): kept as stored. Printed
# `發表于: 2007-06-16`. The stored text breaks off in the 新材料 paragraph (湖北新華光… is lost): cut after the 高效節能 one.
# Zone: 襄樊高新區 (national high-tech zone of 襄樊, today 襄陽; canonical in the page's script, variants as stored
# without the glued reading: `襄樊高新區`, bare `高新區`); primary.
# Companies (all short): `東風(fēng)汽車公司` (…公司 without 有限, entered as stored with its glued reading, heldout16's
# `中金集團(tuán)`), 追日電氣, 大力公司, and 天工, 世祥 (named as 電機軟啟動企業).
# Figures: `10多年` a duration in 年 (no figure); `四大` no figure; `30多萬臺` (臺 set to count by hand). Dates:
# `1月至5月` → 2007-01..05 and `今年一季度` → 2007-01..03 (year from the printed date, inferred).
PUBLISHED = "2007-06-16"
PUBLISHED_INFERRED = False
XF = "襄樊高新區"
ZK = dict(S=XF, K="zone")
DF = "東風(fēng)汽車公司"
ARTICLES = [A("襄樊高新區(qū)四大產(chǎn)業(yè)龍騰虎躍", XF)]
ZONES = [Z(XF, ["襄樊高新區", "高新區"])]
ENTERPRISES = [E(DF, kind="short"), E("追日電氣", kind="short"), E("大力公司", kind="short"),
               E("天工", kind="short"), E("世祥", kind="short")]
FIGURES = [
    F("168.4億元", 16840000000, "元", **ZK, M="工業總產值", P=("2007-01", "2007-05")),
    F("100.3%", 100.3, "%", **ZK, M="工業產品銷售率", P=("2007-01", "2007-05")),
    F("95%以上", 95, "%", **ZK, M="四大特色產業產值占全區工業總產值", P=None),
    F("10萬輛", 100000, "輛", S=DF, K="enterprise", M="年產整車生產能力", P=None),
    F("30多萬臺", 300000, "臺", kind="count", S=DF, K="enterprise", M="發動機生產能力", P=None),
    F("90%以上", 90, "%", **ZK, M="汽車工業產值占全區工業總產值", P=("2007-01", "2007-03")),
    F("30多家", 30, "家", **ZK, M="電機軟啟動企業", P=None),
]
DATES = [D("2007-06-16", "2007-06-16"), D("1月至5月", "2007-01", "2007-05", inferred=True),
         D("今年一季度", "2007-01", "2007-03", inferred=True)]
EXCLUDE = ["10多年"]
