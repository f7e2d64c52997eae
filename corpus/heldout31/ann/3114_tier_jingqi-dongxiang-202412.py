# tier.org.tw (台灣經濟研究院, research institute site), Traditional: the monthly business-climate survey press release.
# The section name `本月景氣動向調查` above the headline is no part of it; title `景氣動向調查新聞稿`; printed date line
# `2024年12月25日`. The stored text breaks off in `一、國際情勢` (`…較10月小幅上揚` without its stop): cut after the
# paragraph before it, so the only company (波音, in the strike clause) fell in the cut tail; no company, no zone.
# Dates: `11月` at each of its three bare mentions → 2024-11 (inferred), `2024年11月`, `2025年`, `2024年`; `年底`
# (no calendar value alone, as GUIDE's `年初`) no date. Figures: `雙11` is a shopping-festival name (excluded);
# `連續五個月` a small Chinese count; the only figure is `0.9%` (六都買賣移轉件數 month-on-month change, 2024-11).
PUBLISHED = "2024-12-25"
PUBLISHED_INFERRED = False
ARTICLES = [A("景氣動向調查新聞稿", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("0.9%", 0.9, "%", S="六都", K="other", P="2024-11", M="買賣移轉件數月增", C=True),
]
DATES = [D("2024年12月25日", "2024-12-25")] + [D("11月", "2024-11", inferred=True)] * 3 + \
        [D("2025年", "2025"), D("2024年", "2024"), D("2024年11月", "2024-11")]
EXCLUDE = ["雙11"]
