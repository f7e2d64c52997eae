# taiwanhot.net (台灣好新聞), Traditional, printed byline date `2019-11-15 20:27` (clock no figure), a photo caption
# line `新吉工業區服務中心啟用。` before the body. Cut after the last paragraph (related-news widgets dropped).
# No zone: 台南科學園區 and 新吉工業區 are Taiwan parks. Company: 群創光電 (short, twice). 台南市政府經發局 is
# government. `破千億` in the headline is a milestone without numeral, no figure (heldout10's `破兆`). `24案`/`2案`
# counts with the classifier 案 (count, heldout10's `3案`). `今年於9月` → 2019-09 (inferred). Counts and totals
# reported `於台南投資有24案…` are cumulative → the publication month; `可創造` → target.
PUBLISHED = "2019-11-15"
PUBLISHED_INFERRED = False
TN = dict(S="台南", K="other")
QC = dict(S="群創光電", K="enterprise")
P0 = "2019-11"
ARTICLES = [A("台商台南投資破千億 創造9579個就業機會", None)]
ZONES = []
ENTERPRISES = [E("群創光電", kind="short")]
FIGURES = [
    F("9579個", 9579, "個", **TN, M="台商投資創造就業機會", P=P0),
    F("24案", 24, "案", kind="count", **TN, M="台商投資案", P=P0),
    F("1111.31億元", 111131000000, "元", **TN, M="台商投資金額", P=P0),
    F("9579個", 9579, "個", **TN, M="創造就業機會", P=P0),
    F("2案", 2, "案", kind="count", **TN, M="審查或洽談中投資案", P=P0),
    F("537.12億元", 53712000000, "元", **QC, M="投資金額", P=None),
    F("1130個", 1130, "個", **QC, M="創造就業機會", P=None, T=True),
]
DATES = [D("2019-11-15", "2019-11-15"), D("9月", "2019-09", inferred=True), D("2020年6月30日", "2020-06-30")]
EXCLUDE = ["20:27"]
