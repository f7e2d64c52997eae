# zijing.com.cn (紫荆网, Hong Kong magazine site, Simplified), the page title (`…-紫荆网`) and the headline stored twice
# (one title), printed `日期:2025-07-26`, share widget and an image file name (`524741107_…_n`, excluded) kept. Cut
# after the last paragraph (source/editor lines and teaser headlines dropped).
# No zones (Hong Kong). Company: 港交所 (short; the exchange operator). 香港工业总会 an association, 政府统计处 a government
# office. `2025年《全球创新指数》…发布活动`: the event's year is a date (heldout10's ceremony years). `前一年` no date.
PUBLISHED = "2025-07-26"
PUBLISHED_INFERRED = False
HK = dict(S="香港", K="other")
ARTICLES = [A("孙东料越来越多创科企业来港集资 实现金融创科比翼双飞", None)]
ZONES = []
ENTERPRISES = [E("港交所", kind="short")]
FIGURES = [
    F("768亿元", 76800000000, "元", **HK, M="“制造及新型工业产业”的增加价值", P="2023"),
    F("7.6%", 7.6, "%", **HK, M="“制造及新型工业产业”增加价值上升", P="2023", C=True),
    F("2.6%", 2.6, "%", **HK, M="占本地生产总值", P="2023"),
    F("4.4%", 4.4, "%", **HK, M="工业占本地GDP", P="2023"),
    F("16.2%", 16.2, "%", **HK, M="与工业相关的生产性服务业占比", P="2023"),
]
DATES = [
    D("2025-07-26", "2025-07-26"),
    D("2023年", "2023"),
    D("2023年", "2023"),
    D("2025年", "2025"),
]
EXCLUDE = ["524741107_1048631844117201_1750271169905980818_n"]
