# xxszxw.net (content farm) repost of a 九派新闻 item (quoting 羊城晚报): headline, source line, printed
# `2024-06-23 13:34:32` (clock no figure), subheads. The stored text breaks off inside the 新街坊 paragraph (its quote
# runs into `在横琴上班的澳门居…`): cut after the last complete paragraph, before the subhead of the lost section.
# No zone: the 横琴粤澳深度合作区 (printed only as `合作区` and `横琴`) is a 合作区, a kind GUIDE's zone list does not
# name; 粤澳合作中医药科技产业园 is a park. Company: 澳邦制药 (short). Not companies: 澳门药监局 (government), the
# brand `马交牌千里追风油`.
# Dates: `今年4月` twice → 2024-04 and `2024年一季度` → 2024-01..03; bare `去年` no date (heldout16).
# Facts: park numbers have subject 粤澳合作中医药科技产业园, the zone's counts `合作区` (printed entity, other).
PUBLISHED = "2024-06-23"
PUBLISHED_INFERRED = False
HZ = dict(S="合作区", K="other")
YY = dict(S="粤澳合作中医药科技产业园", K="other")
ARTICLES = [A("支撑澳门经济适度多元发展成效初显", None)]
ZONES = []
ENTERPRISES = [E("澳邦制药", kind="short")]
FIGURES = [
    F("80亿元", 8000000000, "元", **YY, M="已投资", P=None),
    F("55万平方米", 550000, "平方米", **YY, M="建成面积", P=None),
    F("6208户", 6208, "户", **HZ, M="澳企总数", P="2024-04"),
    F("33.9%", 33.9, "%", **HZ, M="澳企总数比合作区成立时增长", P="2024-04", C=True),
    F("8.99亿元", 899000000, "元", **HZ, M="澳资产业增加值", P=("2024-01", "2024-03")),
    F("65.8%", 65.8, "%", **HZ, M="澳资产业增加值同比增长", P=("2024-01", "2024-03"), C=True),
    F("16497户", 16497, "户", **HZ, M="四新产业实有企业", P="2024-04"),
    F("3.2%", 3.2, "%", **HZ, M="四新产业实有企业同比增长", P="2024-04", C=True),
]
DATES = [D("2024-06-23", "2024-06-23"), D("今年4月", "2024-04", inferred=True),
         D("2024年一季度", "2024-01", "2024-03"), D("今年4月", "2024-04", inferred=True)]
EXCLUDE = ["13:34:32"]
