# tjj.yancheng.gov.cn (盐城市统计局 portal, government site): headline, the `发布日期:2019-09-24 09:26 [ ] 浏览次数:` row
# (clock no figure; the empty counter has no digits), the `来源:市统计局办公室` row and `打印 关闭` kept. Whole as
# returned. Published 2019-09-24 (printed).
# No zone, no enterprise. The city is named only as `我市` (the site's 盐城 is in the URL, not the text): fact subject
# `我市` as printed (other).
# Dates: `2019-09-24`; `1-8月份` → 2019-01..2019-08 (year from the release date, inferred). `去年同期` (3×) is the
# comparison base of a change (as 同比), no dated mention of its own: not annotated (call; compare 2704's headline
# `去年`, the period of the figure itself).
# Figures: `增加了72个`/`增加59个`/`上升4.1个百分点` are changes; `拉动工业投资增长5.4个百分点` a contribution to
# growth (change); `对工业投资的贡献率为 70.5%` (stored space before the number) a level.
PUBLISHED = "2019-09-24"
PUBLISHED_INFERRED = False
WS = dict(S="我市", K="other", P=("2019-01", "2019-08"))
ARTICLES = [A("我市高技术制造业投资引领全市高质量发展", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("289个", 289, "个", **WS, M="高技术制造业在建项目数"),
    F("72个", 72, "个", **WS, M="高技术制造业在建项目数", C=True),
    F("184个", 184, "个", **WS, M="新开工项目"),
    F("59个", 59, "个", **WS, M="新开工项目", C=True),
    F("240.3亿元", 24030000000, "元", **WS, M="高技术制造业投资"),
    F("39.5%", 39.5, "%", **WS, M="高技术制造业投资", C=True),
    F("17.8%", 17.8, "%", **WS, M="占工业投资比重"),
    F("4.1个百分点", 4.1, "个百分点", **WS, M="占工业投资比重", C=True),
    F("70.5%", 70.5, "%", **WS, M="对工业投资的贡献率"),
    F("5.4个百分点", 5.4, "个百分点", **WS, M="拉动工业投资增长", C=True),
]
DATES = [D("2019-09-24", "2019-09-24"), D("1-8月份", "2019-01", "2019-08", inferred=True)]
EXCLUDE = ["09:26"]
