# dongguan.seofeiyu.cn (SEO content host, a `dongguan` subdomain carrying a 株洲 story) copy of a 中新网 wire; the
# headline is stored again in the body as a photo-caption line (one title; its figures count again), and a stray line
# `11` (an image or counter index, no quantity of the story) follows the headline. Cut after the 株洲 paragraph (the
# 湘潭 paragraph breaks off).
# No printed date: `12月8日电`, `8日` take 2021 from the page's `2021中国国际轨道交通和装备制造产业博览会` (published
# inferred 2021-12-08); that year stands inside an event name, no dated mention (GUIDE). `2020年` is a date.
# Zone: none. Enterprises: 长沙市轨道交通集团有限公司, 华为技术有限公司, 中车株洲电力机车研究所有限公司 (registered:
# a 有限公司 despite 研究所 in its name); 湘钢, 湘电 stood in the cut 湘潭 paragraph.
# Figures: `42家` counts firms, parks and government bodies together; `2500亿` has no unit printed (""); `30%` a change;
# `连续10年` a duration in years; `十三五` a plan period; `第三大`, `第一台` ranks/ordinals.
PUBLISHED = "2021-12-08"
PUBLISHED_INFERRED = True
D8 = "2021-12-08"
HN = dict(S="湖南", K="other", P=D8)
CS = dict(S="长沙", K="other")
ARTICLES = [A("湖南发布70个轨道交通和装备制造产业招商项目 总投资1216.3亿元", None)]
ZONES = []
ENTERPRISES = [E("长沙市轨道交通集团有限公司"), E("华为技术有限公司"), E("中车株洲电力机车研究所有限公司")]
FIGURES = [
    F("70个", 70, "个", **HN, M="轨道交通和装备制造产业招商项目"),
    F("1216.3亿元", 121630000000, "元", **HN, M="招商项目总投资"),
    F("42家", 42, "家", **HN, M="现场签约企业、园区、政府部门"),
    F("21个", 21, "个", **HN, M="签署投资项目合作协议"),
    F("107.18亿元", 10718000000, "元", **HN, M="总签约额"),
    F("70个", 70, "个", **HN, M="发布招商项目"),
    F("1216.3亿元", 121630000000, "元", **HN, M="招商项目总投资"),
    F("37个", 37, "个", **HN, M="省级项目"),
    F("945.3亿元", 94530000000, "元", **HN, M="省级项目投资额"),
    F("70个", 70, "个", **HN, M="轨道交通和装备制造产业招商项目"),
    F("1216.3亿元", 121630000000, "元", **HN, M="招商项目总投资"),
    F("27.5%", 27.5, "%", **CS, M="工程机械总产值占中国", P=None),
    F("7.2%", 7.2, "%", **CS, M="工程机械总产值占全球", P=None),
    F("180个", 180, "个", **CS, M="产品覆盖国家和地区", P=None),
    F("2500亿", 250000000000, "", **CS, M="工程机械产业总产值", P="2020"),
    F("30%", 30, "%", **CS, M="工程机械产业总产值同比增长", P="2020", C=True),
    F("70多个", 70, "个", S="株洲", K="other", M="轨道交通产品出口国家和地区", P=None),
    F("27%", 27, "%", S="株洲", K="other", M="电力机车全球市场占有率", P=None),
]
DATES = [D("12月8日", D8, inferred=True), D("8日", D8, inferred=True), D("2020年", "2020")]
EXCLUDE = ["\n11\n", "2021中国国际轨道交通和装备制造产业博览会", "连续10年"]
