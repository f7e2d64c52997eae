# udn.com (聯合新聞網, Taiwan), Traditional; the stored text opens with ` date 2025-10-29` glued to the headline (a date
# line, heldout7's 808 → printed). Title = the headline after the date line. Company 台積電 (short); 中科管理局, 經發局,
# 市府 are government; 中部科學園區/中科 (Taiwan science park) no zone. Process nodes and plant designations are names,
# not figures (GUIDE's `6英寸晶圓…項目`, heldout7's `12英寸`): `1.4奈米` (×2), `A14`, `晶圓25廠`, `中科2期`, `第1期`.
# `三張建照` (small Chinese count) no figure. `本月17日` (×2) → 2025-10-17; `8月27日` (×2), `6月2日` → 2025;
# `2028年下半年` → 2028-07..12. Plans (擬/預計) → target.
PUBLISHED = "2025-10-29"
PUBLISHED_INFERRED = False
TS = "台積電"
ARTICLES = [A("台積電中科1.4奈米建廠 中科管理局研判進度「不會慢」", None)]
ZONES = []
ENTERPRISES = [E(TS, kind="short")]
FIGURES = [
    F("4座", 4, "座", S=TS, K="enterprise", M="廠房", P=None, T=True),
    F("約4857億元", 485700000000, "元", S="中科2期", K="other", M="年產值", P=None, T=True),
    F("約4500個", 4500, "個", S="中科2期", K="other", M="就業機會", P=None, T=True),
]
DATES = [
    D("2025-10-29", "2025-10-29"),
    D("本月17日", "2025-10-17", inferred=True),
    D("2028年下半年", "2028-07", "2028-12"),
    D("本月17日", "2025-10-17", inferred=True),
    D("8月27日", "2025-08-27", inferred=True),
    D("6月2日", "2025-06-02", inferred=True),
    D("8月27日", "2025-08-27", inferred=True),
]
EXCLUDE = ["1.4奈米", "A14", "晶圓25廠", "中科2期", "第1期"]
