# web.hgredart.com (gambling-brand site, `恒达平台`, that reposts news in Traditional script) carrying a 新華社客戶端
# wire; the site's brand replaces a university's name (`恒达平台國家大學科技園`) and emoji are sprinkled through the
# text (kept as stored). The stored text broke off inside the 楓涇鎮 company paragraph: cut after the paragraph before.
# Title without the column tag `【新華社客戶端】` (heldout16's `【…】` tags). Printed `時間:2024-02-29` → published.
# Dates: `2月21日` (dateline), `2月18日`, `2月19日`, `2月20日` (year inferred); `2024年第一季度` → 2024-01..2024-03;
# `2023年`. `龍年春節` no date. No zone (`工業園區` generic; 國家大學科技園, 楊浦園 parks). Companies:
# 上海同星智能科技有限公司, 上海同陸雲交通科技有限公司 (registered); `恒达平台` is the site's brand, no company.
# Small Chinese counts (`三年`, `四家分園`) no figures.
PUBLISHED = "2024-02-29"
PUBLISHED_INFERRED = False
TX = "上海同星智能科技有限公司"
TL = "上海同陸雲交通科技有限公司"
ARTICLES = [A("上海:工業園區一派繁忙 企業手握訂單鉚勁生產", None)]
ZONES = []
ENTERPRISES = [E(TX), E(TL)]
FIGURES = [
    F("90%", 90, "%", S=TX, K="enterprise", M="出勤率", P="2024-02-18"),
    F("50%以上", 50, "%", S=TX, K="enterprise", M="研發投入占營收", P=None),
    F("超5000家", 5000, "家", S=TX, K="enterprise", M="全球企業用戶", P="2024-02"),
    F("50%以上", 50, "%", S=TL, K="enterprise", M="第一季度簽約金額達2023年全年比例", P=("2024-01", "2024-03"), T=True),
    F("125家", 125, "家", S="楊浦園", K="other", M="確認開工企業", P="2024-02-20"),
    F("92.91%", 92.91, "%", S="楊浦園", K="other", M="平均員工返工率", P="2024-02-20"),
    F("15.7萬人次", 157000, "人次", S="楓涇鎮", K="other", M="春節假期遊客", P="2024-02"),
]
DATES = [D("2024-02-29", "2024-02-29"), D("2月21日", "2024-02-21", inferred=True), D("2月18日", "2024-02-18", inferred=True),
         D("2月19日", "2024-02-19", inferred=True), D("2024年第一季度", "2024-01", "2024-03"), D("2023年", "2023"),
         D("2月20日", "2024-02-20", inferred=True)]
EXCLUDE = []
