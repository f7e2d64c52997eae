# longbridge.com (長橋, Hong Kong broker's news feed, zh-HK locale), Traditional, the page's `llms.txt` rendering: YAML
# front matter (title, description, url, published_at) and then the markdown article on ONE line; the title stands twice
# (front matter `title:` and `#` heading) and the summary twice (`description:` and the `>` quote) — each occurrence of
# a figure or date in them is its own entry. Cut after `…擔憂影響。`: the returned text broke off inside the next bullet
# (`快手 -W(1024.HK)下跌 3.79%,受科技股整體疲`), so 快手 is not on the page.
# published_at `2026-02-24T04:16:02.000Z` → the date `2026-02-24` (printed); the clock part and the URL id are excluded.
# `2 月 24 日` (three times) → 2026-02-24, year inferred. `昨日` no date.
# Companies (short): 智譜, 美團 (variant `美團 -W`, the -W share-class tag as printed), 騰訊控股, 百勝中國, 建滔積層板.
# Indices (恒生指數/恒指, 恒生科技指數, 國企指數) are subjects `other`, not enterprises. `700.HK` a stock code.
# `87.21 億 HKD` → 8.721e9, unit `HKD` (money by hand). Index levels in 點 are levels (change False).
PUBLISHED = "2026-02-24"
PUBLISHED_INFERRED = False
D0 = "2026-02-24"
HSI = dict(S="恒生指數", K="other", P=D0)
HST = dict(S="恒生科技指數", K="other", P=D0)
ARTICLES = [A("港股午評 | 恒生指數跌 1.93%,智譜逆勢大漲 20.89%,美團跌 4.76%", None)]
ZONES = []
ENTERPRISES = [E("智譜", kind="short"), E("美團", ["美團 -W"], kind="short"), E("騰訊控股", kind="short"),
               E("百勝中國", kind="short"), E("建滔積層板", kind="short")]
def title_figs():
    return [F("1.93%", 1.93, "%", **HSI, M="跌幅", C=True),
            F("20.89%", 20.89, "%", S="智譜", K="enterprise", M="股價漲幅", P=D0, C=True),
            F("4.76%", 4.76, "%", S="美團", K="enterprise", M="股價跌幅", P=D0, C=True)]
def summary_figs():
    return [F("1.93%", 1.93, "%", **HSI, M="跌幅", C=True),
            F("2.36%", 2.36, "%", **HST, M="下挫", C=True),
            F("4.76%", 4.76, "%", S="美團", K="enterprise", M="股價跌幅", P=D0, C=True),
            F("3.44%", 3.44, "%", S="騰訊控股", K="enterprise", M="股價跌幅", P=D0, C=True),
            F("1.98%", 1.98, "%", S="百勝中國", K="enterprise", M="股價上漲", P=D0, C=True),
            F("20.89%", 20.89, "%", S="智譜", K="enterprise", M="股價漲幅", P=D0, C=True),
            F("11.09%", 11.09, "%", S="建滔積層板", K="enterprise", M="股價漲幅", P=D0, C=True)]
FIGURES = title_figs() + summary_figs() + title_figs() + summary_figs() + [
    F("26560.57 點", 26560.57, "點", **HSI, M="收報"),
    F("1.93%", 1.93, "%", **HSI, M="跌幅", C=True),
    F("5258.33 點", 5258.33, "點", **HST, M="收報"),
    F("2.36%", 2.36, "%", **HST, M="下挫", C=True),
    F("9007.78 點", 9007.78, "點", S="國企指數", K="other", M="收於", P=D0),
    F("2.06%", 2.06, "%", S="國企指數", K="other", M="跌幅", P=D0, C=True),
    F("3.44%", 3.44, "%", S="騰訊控股", K="enterprise", M="股價下跌", P=D0, C=True),
    F("87.21 億 HKD", 8721000000, "HKD", kind="money", S="騰訊控股", K="enterprise", M="成交額", P=D0),
]
DATES = [D("2 月 24 日", D0, inferred=True), D("2026-02-24", D0), D("2 月 24 日", D0, inferred=True),
         D("2 月 24 日", D0, inferred=True)]
EXCLUDE = ["276681639", "04:16:02.000", "700.HK"]
