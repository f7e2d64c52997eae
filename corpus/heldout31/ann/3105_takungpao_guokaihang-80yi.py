# takungpao.com.hk (大公報, Hong Kong media), Traditional: a 國家開發銀行 lending story. Crumbs and the printed
# `時間:2020-07-12 04:24:17` (clock no figure) kept; the `最新要聞/最受歡迎` widgets after the last paragraph cut.
# Company: the bank 國家開發銀行 (short, GUIDE: a bank) with its short form 國開行 and `該行` as reference. Not companies:
# 深圳市政府, 大公報 (media), the unnamed `市屬國資政策性擔保機構`. No zone.
# Dates: `上半年` and `今年上半年` are calendar spans → 2020-01..2020-06 (year from the date line, inferred); `今年以來`
# no date. Figures: headline `80億` (no unit, ""); `5G` a name; `兩家` a small Chinese count. Periods: the half-year for
# the first two paragraphs; `今年以來` (→ 2020-01..2020-07, against the publication date) for the 廣東 paragraph.
PUBLISHED = "2020-07-12"
PUBLISHED_INFERRED = False
KH = "國家開發銀行"
H1 = ("2020-01", "2020-06")
YT = ("2020-01", "2020-07")
ARTICLES = [A("放貸80億 助深中小科企復工", None)]
ZONES = []
ENTERPRISES = [E(KH, ["國開行"], kind="short")]
FIGURES = [
    F("80億", 8000000000, "", S=KH, K="enterprise", P=H1, M="放貸"),
    F("80億元", 8000000000, "元", S=KH, K="enterprise", P=H1, M="發放貸款"),
    F("34家", 34, "家", S=KH, K="enterprise", P=H1, M="惠及科技型企業"),
    F("2.7億元", 270000000, "元", S=KH, K="enterprise", P=H1, M="試點發放貸款"),
    F("30餘家", 30, "家", S=KH, K="enterprise", P=H1, M="惠及專精特新中小企業"),
    F("97億元", 9700000000, "元", S=KH, K="enterprise", P=YT, M="授信支持銀洲湖高速公路建設"),
    F("40.3億元", 4030000000, "元", S=KH, K="enterprise", P=YT, M="東莞市水生態項目發放貸款"),
]
DATES = [D("2020-07-12", "2020-07-12"), D("上半年", "2020-01", "2020-06", inferred=True),
         D("今年上半年", "2020-01", "2020-06", inferred=True)]
EXCLUDE = ["04:24:17", "5G"]
