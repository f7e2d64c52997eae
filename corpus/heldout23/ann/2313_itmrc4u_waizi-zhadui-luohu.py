# itmrc4u.com (aggregator) copy of a 青島財經日報 story converted to Traditional script with pinyin readings glued into
# words (`當(dāng)前`, `集團(tuán)`, `經(jīng)濟(jì)`; heldout16's 1620): all kept as stored. Crumbs, printed `2023-04-21 10:27:36`
# (clock no figure), share links and `(資料圖)` kept; the stored text breaks off in a quotation: cut after the 廣州
# paragraph. Title: the headline without the aggregator's tag ` 世界通訊` (heldout16: clickbait tags no part of it).
# Companies: `德國大眾集團(tuán)` → group `大眾集團(tuán)` entered as stored with its glued reading (heldout16's `中金集團(tuán)`;
# the country word is no part of the name); `新西蘭思高特科技有限公司` → registered `思高特科技有限公司`; 上海電氣
# (short; stock code `601727` furniture); 科萊恩 (short, `瑞士特種化學(xué)品公司科萊恩`). Not enterprises: 青島財經日報,
# 國際貨幣基金組織, 福布斯 (inside an event name), the projects (中俄直升機產業園項目, …醫療科技創新基地項目). No zone
# (黃埔 is a district, 粵港澳大灣區 no GUIDE zone).
# Dates: printed 2023-04-21; `4月18日`, `4月12日` (year inferred), `2023年` (the forecast year), `4月17日至18日` (span,
# inferred). `同日`, `今年以來`, `近期` no dated mentions; `第九屆` an ordinal.
# Figures: conversions `約合75億元`, `約合6.1億元` (approx by 約); `8000萬瑞士法郎` (money); `三分之一` → 0.333333 ratio
# (spelled fraction); `約四成` → 40 % approx (heldout16's `約七成`); `百億級` is a size class (no figure).
PUBLISHED = "2023-04-21"
PUBLISHED_INFERRED = False
VW, ST, SE, CL = "大眾集團(tuán)", "思高特科技有限公司", "上海電氣", "科萊恩"
GZ = dict(S="第九屆中國廣州國際投資年會", K="other", P=("2023-04-17", "2023-04-18"))
ARTICLES = [A("外資項目扎堆落戶“開門紅”幾無懸念", None)]
ZONES = []
ENTERPRISES = [E(VW, kind="group"), E(ST), E(SE, kind="short"), E(CL, kind="short")]
FIGURES = [
    F("約10億歐元", 1000000000, "歐元", S=VW, K="enterprise", P="2023-04-18", M="計劃投資", T=True),
    F("約合75億元", 7500000000, "元", S=VW, K="enterprise", P="2023-04-18", M="計劃投資", T=True),
    F("超8000萬元", 80000000, "元", S=ST, K="enterprise", M="中國新工廠預計年產值", T=True),
    F("8000萬瑞士法郎", 80000000, "瑞士法郎", kind="money", S=CL, K="enterprise", P="2023-04-12", M="催化劑生產基地投資額"),
    F("約合6.1億元", 610000000, "元", S=CL, K="enterprise", P="2023-04-12", M="催化劑生產基地投資額"),
    F("三分之一", 0.333333, "", kind="ratio", S="中國", K="other", P="2023", M="對世界經濟增長的貢獻率", T=True),
    F("180億元", 18000000000, "元", S="中俄直升機產業園項目", K="other", P=("2023-04-17", "2023-04-18"), M="總投資額"),
    F("100億元", 10000000000, "元", S="粵港澳大灣區(黃埔)醫療科技創新基地項目", K="other", P=("2023-04-17", "2023-04-18"), M="總投資"),
    F("443個", 443, "個", **GZ, M="簽約項目"),
    F("172個", 172, "個", **GZ, M="簽約制造業項目"),
    F("約四成", 40, "%", **GZ, M="制造業項目占總項目數"),
]
DATES = [D("2023-04-21", "2023-04-21"), D("4月18日", "2023-04-18", inferred=True), D("4月12日", "2023-04-12", inferred=True),
         D("2023年", "2023"), D("4月17日至18日", "2023-04-17", "2023-04-18", inferred=True)]
EXCLUDE = ["10:27:36", "601727"]
