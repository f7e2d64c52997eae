# chinamomentum.com (关键要素咨询, a consultancy's news page) repost of a 新浪 item on 湘江新区 (国家级新区). The printed
# `2017-04-05` is the date line; `695` beside it is a view counter (furniture). The site footer (phone, address,
# copyright `2016 - 2022`, ICP number) after the last paragraph cut. Zone: 湘江新区 (…新区, primary); bare `新区`
# (`占新区全部…`) is its variant; 长沙市 and 湖南省 are no zones. Companies: 新奥燃气, 长城信息 (short names).
# `超亿元` and `亿元以下` carry a scale word but no numeral (as heldout16's `亿元以上`): no figures. `20至30亿元` is one
# range figure (2e9..3e9). `2016年` is a date at each of its five occurrences; `4月4日` takes the page's 2017.
# Facts: 2016 carries within each paragraph; `目前` (388家, 61.4%) resolves to the publication month; `户均规模`
# belongs to the 2016 sentence.
PUBLISHED = "2017-04-05"
PUBLISHED_INFERRED = False
XJ = "湘江新区"
Y = dict(S=XJ, K="zone", P="2016")
ARTICLES = [A("湘江新区高新技术产业产值突破3000亿元", XJ)]
ZONES = [Z(XJ, [XJ, "新区"])]
ENTERPRISES = [E("新奥燃气", kind="short"), E("长城信息", kind="short")]
FIGURES = [
    F("3000亿元", 300000000000, "元", **Y, M="高新技术产业产值"),
    F("3000亿元", 300000000000, "元", **Y, M="高新技术产业产值"),
    F("3233.7亿元", 323370000000, "元", **Y, M="高新技术产业产值"),
    F("10.9%", 10.9, "%", **Y, M="高新技术产业产值", C=True),
    F("785.7亿元", 78570000000, "元", **Y, M="高新技术产业增加值"),
    F("9.7%", 9.7, "%", **Y, M="高新技术产业增加值", C=True),
    F("27.4%", 27.4, "%", **Y, M="占长沙市高新技术产业增加值比重"),
    F("244家", 244, "家", **Y, M="产值超亿元的高新技术企业"),
    F("3120亿元", 312000000000, "元", **Y, M="产值超亿元企业产值"),
    F("10.4%", 10.4, "%", **Y, M="产值超亿元企业产值", C=True),
    F("96.5%", 96.5, "%", **Y, M="占高新技术产业总产值比重"),
    F("20至30亿元", 2000000000, "元", vmax=3000000000, **Y, M="高新技术企业年产值"),
    F("34%", 34, "%", **Y, M="年产值20至30亿元企业产值增幅", C=True),
    F("3044.4亿元", 304440000000, "元", **Y, M="高新技术企业主营业务收入"),
    F("10.5%", 10.5, "%", **Y, M="主营业务收入", C=True),
    F("195.5亿元", 19550000000, "元", **Y, M="利润总额"),
    F("9.1%", 9.1, "%", **Y, M="利润总额", C=True),
    F("388家", 388, "家", S=XJ, K="zone", M="产值亿元以下企业", P="2017-04"),
    F("61.4%", 61.4, "%", S=XJ, K="zone", M="产值亿元以下企业占比", P="2017-04"),
    F("113.7亿元", 11370000000, "元", **Y, M="产值亿元以下企业产值"),
    F("3.5%", 3.5, "%", **Y, M="产值亿元以下企业产值占比"),
    F("2930.4万元", 29304000, "元", **Y, M="户均规模"),
]
DATES = [D("2017-04-05", "2017-04-05"), D("4月4日", "2017-04-04", inferred=True)] + [D("2016年", "2016")] * 5
EXCLUDE = ["695"]
