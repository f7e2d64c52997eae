# kuainv.com.cn (content farm) copy, in Traditional script with glued pinyin readings (`儲(chǔ)能`, `個(gè)`), of a
# 重慶銅梁區 project-start story; whole as returned. The stored text has no headline line of its own: its headline is
# the closing `原標(biāo)題:` line, taken as the title as stored (label excluded). Published 2022-12-27 (inferred from
# the ceremony day that opens the text). No zone (銅梁區 is a district). Texts keep their glued readings (`9個(gè)`).
# Companies: 四川金匯能新材料股份有限公司, 愛瑪科技(重慶)有限公司, 重慶銘利達(dá)科技有限公司 (registered, the last with a
# reading glued inside the name, entered as stored, heldout16's 1620); 海辰儲(chǔ)能, heading its project name twice
# (short, heldout10/16). `GWh`, `㎡` set as measures by hand; `計劃總投資` of started projects no target (heldout16's
# 1619), `預計`/`將建成`/`擬` → target. Each of `9個(gè)` (3), `176億元` (2), `50GWh` (2) is counted per occurrence.
PUBLISHED = "2022-12-27"
PUBLISHED_INFERRED = True
D0 = "2022-12-27"
TL = dict(S="銅梁區(qū)", K="other")
HC = "海辰儲(chǔ)能"
H = dict(S=HC, K="enterprise")
ARTICLES = [A("總投資176億元!重慶銅梁區(qū)年產(chǎn)50GWh儲(chǔ)能電池等9個(gè)項(xiàng)目集中開工", None)]
ZONES = []
ENTERPRISES = [E(HC, kind="short"), E("四川金匯能新材料股份有限公司"), E("愛瑪科技(重慶)有限公司"),
               E("重慶銘利達(dá)科技有限公司")]
FIGURES = [
    F("9個(gè)", 9, "個", **TL, M="集中開工項目", P=D0),
    F("176億元", 17600000000, "元", **TL, M="項目計劃總投資", P=D0),
    F("86億元", 8600000000, "元", **TL, M="預計完成投資", P="2023", T=True),
    F("9個(gè)", 9, "個", **TL, M="集中開工重點項目", P=D0),
    F("372億元", 37200000000, "元", **TL, M="投產後年產值", T=True),
    F("130億元", 13000000000, "元", **H, M="計劃總投資"),
    F("1200畝", 1200, "畝", **H, M="擬用地面積", T=True),
    F("50GWh", 50, "GWh", kind="measure", **H, M="年產儲能電池", T=True),
    F("18GWh", 18, "GWh", kind="measure", **H, M="儲能模組產能", T=True),
    F("2.3億㎡", 230000000, "㎡", kind="measure", **H, M="新一代安全材料產能", T=True),
    F("176億元", 17600000000, "元", **TL, M="總投資", P=D0),
    F("50GWh", 50, "GWh", kind="measure", **H, M="年產儲能電池", T=True),
    F("9個(gè)", 9, "個", **TL, M="集中開工項目", P=D0),
]
DATES = [D("2022年12月27日", D0), D("2023年", "2023")]
EXCLUDE = []
