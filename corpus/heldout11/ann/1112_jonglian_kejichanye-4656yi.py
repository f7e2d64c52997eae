# jonglian.com.tw (Taiwan local news site), Traditional; a stray image file name (`dcim100mediadji 0051.jpg`,
# excluded) and indented paragraphs kept. Cut after the last complete paragraph (the next broke off at `惟目前`).
# No printed date: `去(110)年` → 2021 (ROC), so the page is of 2022: published `2022` inferred; the 2022 plans take
# 2022. No GUIDE zone (科技產業園區, the former 加工出口區, and their parks are Taiwan parks, heldout10); 加工處 is a
# government office; no company named. Thresholds with a numeral are figures (`突破4500億元`, `突破700家`,
# `突破新臺幣4,500億元`, `突破8萬6千人`, heldout10); `8萬6千人` one figure (86000). `近20年` a duration, `五大` a small
# Chinese count, `5G` a name. `預計`/`預期` → targets.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
KJ = dict(S="科技產業園區", K="other")
Y = "2021"
ARTICLES = [A("科技產業園區去年營業額突破4500億元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("4500億元", 450000000000, "元", **KJ, M="營業額", P=Y),
    F("700家", 700, "家", **KJ, M="區內公司家數", P=Y),
    F("715家", 715, "家", **KJ, M="區內公司家數", P=Y),
    F("32.4%", 32.4, "%", **KJ, M="進口額", P=Y, C=True),
    F("16.4%", 16.4, "%", **KJ, M="出口額", P=Y, C=True),
    F("117.27億美元", 11727000000, "美元", **KJ, M="進口額", P=Y),
    F("166.76億美元", 16676000000, "美元", **KJ, M="出口額", P=Y),
    F("4,500億元", 450000000000, "元", **KJ, M="營業額", P=Y),
    F("16%", 16, "%", **KJ, M="營業額", P=Y, C=True),
    F("4,656億元", 465600000000, "元", **KJ, M="營業額", P=Y),
    F("8萬6千人", 86000, "人", **KJ, M="員工數", P=Y),
    F("超過40公頃", 40, "公頃", **KJ, M="新增產業空間", P="2022", T=True),
    F("60名以上", 60, "名", **KJ, M="培育數位人才", P="2022", T=True),
    F("4.8億元", 480000000, "元", **KJ, M="衍生商機", P="2022", T=True),
    F("4億元", 400000000, "元", **KJ, M="擴大商機", P="2022", T=True),
]
DATES = [D("去(110)年", "2021")]
EXCLUDE = ["dcim100mediadji 0051.jpg", "20年", "5G"]
