# www2.ntdtv.com (新唐人, b5 edition; host not among earlier sets' hosts — heldout5 used event.ntdtv.com.tw, another
# registrable domain) copy of a 中央社 wire in Traditional script. `相關話題` widget cut. Published printed
# `2013年02月23日` (twice: date line and `【新唐人2013年02月23日訊】`); the dateline's bare day `23日` is a date of the same
# day (year inferred). `今天` no dated mention.
# Companies (short): 邁鑫機械, 樂陞科技 (each twice). Not enterprises: 經濟部, 工業局, 新唐人, 中央社.
# Figures: headline `2家` and `逾2億` (no unit printed → "", approx); amounts with `約新台幣`/`約` keep the marker in
# their text (approx); `約2萬3000人` → 23000; `8次` (meetings held, count). Planned investment and jobs
# (`預計`, `可增加`) → target (heldout16). Period: the meeting day for this round, 截至今天 for the running totals.
PUBLISHED = "2013-02-23"
PUBLISHED_INFERRED = False
DAY = "2013-02-23"
M_ = dict(S="經濟部", K="other", P=DAY)
ARTICLES = [A("台商回台添2家 投資逾2億", None)]
ZONES = []
ENTERPRISES = [E("邁鑫機械", kind="short"), E("樂陞科技", kind="short")]
FIGURES = [
    F("2家", 2, "家", **M_, M="通過回台投資台商"),
    F("逾2億", 200000000, "", **M_, M="投資", T=True),
    F("2家", 2, "家", **M_, M="通過回台投資申請案"),
    F("約新台幣2.63億元", 263000000, "元", **M_, M="投資總額", T=True),
    F("2家", 2, "家", **M_, M="符合要件公司"),
    F("2件", 2, "件", **M_, M="通過投資案"),
    F("約2.63億元", 263000000, "元", **M_, M="預計投資總金額", T=True),
    F("逾400人", 400, "人", **M_, M="增加本國勞工就業人數", T=True),
    F("8次", 8, "次", **M_, M="召開台商回台投資案件跨部會聯合審查會議"),
    F("22件", 22, "件", **M_, M="受理投資案"),
    F("22件", 22, "件", **M_, M="受理投資案"),
    F("約1684億元", 168400000000, "元", **M_, M="預計投資總金額", T=True),
    F("約2萬3000人", 23000, "人", **M_, M="增加本國勞工就業人數", T=True),
]
DATES = [D("2013年02月23日", DAY), D("2013年02月23日", DAY), D("23日", DAY, inferred=True)]
EXCLUDE = []
