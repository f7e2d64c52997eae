# moneylink.com.tw (富邦 MoneyLink 理財網), Traditional, a 時報新聞 (China Times wire) close report; whole as returned
# (ends with the editor credit). Dateline `時報新聞 2025/08/28 14:38` → published 2025-08-28 (printed), clock excluded.
# Dates: `2025/08/28`; `今(28)日`, `28日` → 2025-08-28 and `27日` → 2025-08-27 (year inferred from the dateline).
# Companies (all short, as a market wrap prints them, stock codes in brackets excluded): 輝達, 台積電, 信驊, 世芯-KY,
# 貿聯-KY (headline `貿聯`, a variant), AES-KY, 力旺, 弘塑. 時報 is media; 加權指數/台股 are subjects `other`.
# Judgment calls: `千元` (headline `衝千元`, body `千元關卡`) is a Chinese-numeral price with a scale word → 1000 元;
# `逾百元` → 100 元 (approx). `24千金` (24 stocks priced over 1000, the headline's form of `「24檔」`) is a count 24;
# `千金股` itself is a term. `3字頭` (a price in the 3000s) is a price class, no value → excluded; `232` (Section 232
# probe) and `5日線` (5-day moving average) are names. `25000點` is the index level analysts see reachable → target.
PUBLISHED = "2025-08-28"
PUBLISHED_INFERRED = False
D28, D27 = "2025-08-28", "2025-08-27"
TAIEX = dict(S="加權指數", K="other")
ARTICLES = [A("《熱門族群》貿聯逆襲衝千元 24千金閃現", None)]
ZONES = []
ENTERPRISES = [E("輝達", kind="short"), E("台積電", kind="short"), E("信驊", kind="short"), E("世芯-KY", kind="short"),
               E("貿聯-KY", ["貿聯"], kind="short"), E("AES-KY", kind="short"), E("力旺", kind="short"),
               E("弘塑", kind="short")]
FIGURES = [
    F("千元", 1000, "元", S="貿聯-KY", K="enterprise", M="股價", P=D28),
    F("24千金", 24, "", kind="count", S="台股", K="other", M="千金股家數", P=D28),
    F("283.45點", 283.45, "點", **TAIEX, M="下跌", P=D28, C=True),
    F("24236.45點", 24236.45, "點", **TAIEX, M="收盤", P=D28),
    F("4398億元", 439800000000, "元", **TAIEX, M="成交金額", P=D28),
    F("逾2.5%", 2.5, "%", S="台積電", K="enterprise", M="股價重挫", P=D28, C=True),
    F("逾百元", 100, "元", S="信驊", K="enterprise", M="股價下跌", P=D28, C=True),
    F("4980元", 4980, "元", S="信驊", K="enterprise", M="收盤價", P=D28),
    F("5000元", 5000, "元", S="信驊", K="enterprise", M="股價關卡", P=D28),
    F("4000元", 4000, "元", S="世芯-KY", K="enterprise", M="收盤價", P=D28),
    F("千元", 1000, "元", S="貿聯-KY", K="enterprise", M="股價關卡", P=D28),
    F("24檔", 24, "檔", kind="count", S="台股", K="other", M="千金股家數", P=D28),
    F("逾5%", 5, "%", S="AES-KY", K="enterprise", M="股價大漲", P=D28, C=True),
    F("逾1%", 1, "%", S="力旺", K="enterprise", M="股價收高", P=D28, C=True),
    F("79.24兆元", 79240000000000, "元", S="台股", K="other", M="上市市值", P=D27),
    F("85.92兆元", 85920000000000, "元", S="台股", K="other", M="上市櫃合計總市值", P=D27),
    F("25000點", 25000, "點", **TAIEX, M="指數上攻", P=None, T=True),
    F("283.45點", 283.45, "點", **TAIEX, M="下跌", P=D28, C=True),
    F("24236.45點", 24236.45, "點", **TAIEX, M="收盤", P=D28),
]
DATES = [D("2025/08/28", D28), D("今(28)日", D28, inferred=True), D("27日", D27, inferred=True),
         D("28日", D28, inferred=True)]
EXCLUDE = ["14:38", "(5274)", "(3661)", "(3665)", "(6781)", "(3529)", "(3131)", "3字頭", "232調查", "5日線"]
