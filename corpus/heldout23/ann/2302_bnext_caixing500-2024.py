# bnext.com.tw (數位時代, Taiwan tech/business media): an explainer of the 2024 Fortune Global 500, Traditional script.
# The headline is stored twice (one title); the column tag `【圖解】` is no part of it (heldout16). The stored text breaks
# off in a second photo caption (`蘋果在財星500企業中獲利969.95億`): cut after the 蘋果公司 paragraph. No printed date:
# published `2024` (the 2024 list, with 2023 results; inferred).
# Dates: `2024年「財星500強」` (headline, twice) is the list's name (heldout16: list names are no dates: excluded);
# `2023年` at its four occurrences (two in the 沃爾瑪 body and caption, 亞馬遜, 國家電網) are dates.
# Companies: Walmart (short; variants 沃爾瑪 and the caption's WALMART), 亞馬遜公司 and 沙烏地國家石油公司 and 蘋果公司
# (`…公司` without 有限 → short, heldout9/10/16), 國家電網有限公司 (registered), 中國石化集團 and 中國石油天然氣集團 (group).
# Not enterprises: 財星/Fortune (a magazine), Shutterstock (photo credit).
# Figures: revenues, growth rates and profits; negative growth `-18%`, `-8.8%`, `-12.7%`, `-2.8%` take negative values
# (check.py reads digits without the sign, hence four VALUE? notes, see README). Ranks (`排名37`, `排名第4`, `前11大`),
# spans in 年 (`連11年`, `連續11年`) and names (`財星500`, `Global 500`, `Top20`) are no figures. `唯4負成長公司` → `4`
# with no unit printed (""); `2間` (count). Facts: subject the company; period 2023 (the year stated for the list data).
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
WM, AMZ, SG, SA, SH, CN, AP = "Walmart", "亞馬遜公司", "國家電網有限公司", "沙烏地國家石油公司", "中國石化集團", "中國石油天然氣集團", "蘋果公司"
def C_(s): return dict(S=s, K="enterprise", P="2023")
ARTICLES = [A("2024年「財星500強」誰最賺?台灣企業有幾家?一張表揭露全球Top20企業", None)]
ZONES = []
ENTERPRISES = [E(WM, ["沃爾瑪", "WALMART"], kind="short"), E(AMZ, kind="short"), E(SG), E(SA, kind="short"),
               E(SH, kind="group"), E(CN, kind="group"), E(AP, kind="short")]
FIGURES = [
    F("6481.25億美元", 648125000000, "美元", **C_(WM), M="營收"),
    F("6%", 6, "%", **C_(WM), M="營收年成長率", C=True),
    F("155.11億美元", 15511000000, "美元", **C_(WM), M="獲利"),
    F("6481.25億美元", 648125000000, "美元", **C_(WM), M="營收"),
    F("4", 4, "", S="財星500", K="other", P="2023", M="前11大負成長公司"),
    F("2間", 2, "間", kind="count", S="財星500", K="other", P="2023", M="前11大負成長公司來自中國"),
    F("5747.85億美元", 574785000000, "美元", **C_(AMZ), M="營收"),
    F("11.8%", 11.8, "%", **C_(AMZ), M="營收年成長率", C=True),
    F("304.25億美元", 30425000000, "美元", **C_(AMZ), M="獲利"),
    F("5459.475億美元", 545947500000, "美元", **C_(SG), M="營收"),
    F("3%", 3, "%", **C_(SG), M="營收年成長率", C=True),
    F("92.04億美元", 9204000000, "美元", **C_(SG), M="獲利"),
    F("4948.901億美元", 494890100000, "美元", **C_(SA), M="營收"),
    F("-18%", -18, "%", **C_(SA), M="營收年成長率", C=True),
    F("1206.993億美元", 120699300000, "美元", **C_(SA), M="獲利"),
    F("4296.997億美元", 429699700000, "美元", **C_(SH), M="營收"),
    F("-8.8%", -8.8, "%", **C_(SH), M="營收年成長率", C=True),
    F("93.934億美元", 9393400000, "美元", **C_(SH), M="獲利"),
    F("4217.136億美元", 421713600000, "美元", **C_(CN), M="營收"),
    F("-12.7%", -12.7, "%", **C_(CN), M="營收年成長率", C=True),
    F("212.94億美元", 21294000000, "美元", **C_(CN), M="獲利"),
    F("3832.85億美元", 383285000000, "美元", **C_(AP), M="營收"),
    F("-2.8%", -2.8, "%", **C_(AP), M="營收年成長率", C=True),
    F("969.95億美元", 96995000000, "美元", **C_(AP), M="獲利"),
]
DATES = [D("2023年", "2023")] * 4
EXCLUDE = ["2024年", "財星500", "Global 500", "Top20", "連11年", "連續11年", "前11大", "排名37", "排名15", "排名83",
           "排名80", "排名25", "排名2", "第4", "第5", "第6", "第7"]
