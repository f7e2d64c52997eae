# www.sandalyemasakoltuk.com (content farm on a foreign-looking domain) repost of a 中新网-style wire item (dateline
# `10月13日电` with its agency name dropped); a lone counter `11` under the headline (widget, no figure: excluded). The
# stored text breaks off in the closing `王军表示,今年…` paragraph: cut after the third point. No printed date:
# `10月13日电` with `2025年前三季度` → published 2025-10-13 (inferred).
# No zone (重庆国际铁路港综保区 and `综合保税区` have no GUIDE zone word), no enterprise (海关总署/国新办 government).
# Dates: `今年前三季度` (headline, lead) and bare `前三季度` (3×) → 2025-01..2025-09 (inferred); `2025年前三季度` the same
# span, printed; `10月13日` and the bare day `13日` (国新办13日) → 2025-10-13 (inferred); `2024年` → 2024. `比去年同期`
# is a comparison base (no dated mention, as 2706); `近年来`/`近期` have no calendar value.
# Figures: `突破4万亿元` (a threshold reached, 突破 no approx word); `超过两成` → 20 % approx (X成); `4.1万家` → 41000;
# `前一百位` a rank; `三个方面` small. Facts: subject 西部地区 (other); the 2024 level takes period 2024.
PUBLISHED = "2025-10-13"
PUBLISHED_INFERRED = True
Q3 = ("2025-01", "2025-09")
XB = dict(S="西部地区", K="other", P=Q3)
ARTICLES = [A("今年前三季度西部地区进出口3.21万亿元 同比增长10.2%", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("3.21万亿元", 3210000000000, "元", **XB, M="进出口"),
    F("10.2%", 10.2, "%", **XB, M="进出口", C=True),
    F("4万亿元", 4000000000000, "元", S="西部地区", K="other", P="2024", M="进出口"),
    F("9.2%", 9.2, "%", S="西部地区", K="other", P="2024", M="占我国进出口总值的比重"),
    F("3.21万亿元", 3210000000000, "元", **XB, M="进出口"),
    F("10.2%", 10.2, "%", **XB, M="进出口", C=True),
    F("超过两成", 20, "%", **XB, M="传统制造业产品出口增速", C=True),
    F("超过4500亿元", 450000000000, "元", **XB, M="高技术产品出口"),
    F("26.4%", 26.4, "%", **XB, M="高技术产品出口", C=True),
    F("41个", 41, "个", S="西部地区", K="other", M="综合保税区"),
    F("6115亿元", 611500000000, "元", **XB, M="经西部陆海新通道进出口"),
    F("19.3%", 19.3, "%", **XB, M="经西部陆海新通道进出口", C=True),
    F("3.4个百分点", 3.4, "个百分点", **XB, M="拉动西部地区外贸增长", C=True),
    F("4.1万家", 41000, "家", **XB, M="有进出口实绩的企业数量"),
    F("11.8%", 11.8, "%", **XB, M="有进出口实绩的企业数量", C=True),
    F("12家", 12, "家", **XB, M="进出口规模前一百位的西部企业"),
    F("2家", 2, "家", **XB, M="进出口规模前一百位的西部企业", C=True),
]
DATES = [D("今年前三季度", "2025-01", "2025-09", inferred=True), D("10月13日", "2025-10-13", inferred=True),
         D("13日", "2025-10-13", inferred=True), D("2025年前三季度", "2025-01", "2025-09"), D("2024年", "2024"),
         D("今年前三季度", "2025-01", "2025-09", inferred=True)] + [D("前三季度", "2025-01", "2025-09", inferred=True)] * 3
EXCLUDE = ["\n11\n"]
