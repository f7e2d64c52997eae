# am-zm.com (澳門導報, Macau paper site), Traditional; the paper's tag `【澳門導報】` dropped from the title (as a series
# tag), `点击数:` counter label kept. Printed `发布时间:2024/06/21`; `6月17日` → 2024-06-17 (year inferred). Whole as
# returned.
# No GUIDE zone: 橫琴粵澳深度合作區 (`合作區`) is no GUIDE zone word (heldout8/10's special areas). Enterprise:
# 橫琴琴澳創新產業園開發建設有限公司 (registered). `粵澳深合國土儲2024-02號` is a lot number (code, excluded; no date);
# the two plans in 《》 are document names. `容積率不高於3.4`: a threshold with a numeral → figure 3.4, unit "" (no approx
# for 不高於, heldout10's 不低于). `約40萬平方米` (headline and body) a target.
PUBLISHED = "2024-06-21"
PUBLISHED_INFERRED = False
HQ = dict(S="橫琴粵澳深度合作區", K="other")
LOT = dict(S="粵澳深合國土儲2024-02號出讓地塊", K="other")
ARTICLES = [A("合作區首個工業用地順利競拍 未來將新增約40萬平方米生產製造空間", None)]
ZONES = []
ENTERPRISES = [E("橫琴琴澳創新產業園開發建設有限公司")]
FIGURES = [
    F("約40萬平方米", 400000, "平方米", **HQ, M="新增生產製造空間", P=None, T=True),
    F("約11.6萬平方米", 116000, "平方米", **LOT, M="占地面積", P=None),
    F("3.4", 3.4, "", kind="ratio", approx=False, **LOT, M="容積率上限", P=None),
    F("約40萬平方米", 400000, "平方米", **HQ, M="新增高品質生產製造空間", P=None, T=True),
]
DATES = [D("2024/06/21", "2024-06-21"), D("6月17日", "2024-06-17", inferred=True)]
EXCLUDE = ["2024-02號"]
