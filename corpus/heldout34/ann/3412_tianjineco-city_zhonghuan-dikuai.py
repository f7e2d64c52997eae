# tianjineco-city.com (site of the zone's developer, 中新天津生态城投资开发有限公司: company press release). Headline
# and a deck line (`助力国家绿色发展示范区升级版建设`, a subtitle, no part of the title); the dateline's full
# `2023年12月22日` is printed → published 2023-12-22 (heldout16's 1615). The closing quotation paragraph breaks off
# without its end: cut after the paragraph before. Zone: 中新天津生态城 (`…生态城`, primary), bare `生态城` (standalone
# six times) its variant; `国家绿色发展示范区(升级版)` is a designation of the same city, not a zone of its own;
# `天津滨海新区` stands only inside the name of a government body (天津滨海新区土地发展中心): no zone mention (heldout16:
# a zone word inside a name is none). Companies: three registered names, two with their bracketed short forms
# (`生态城合资公司`, `中环信息产业集团`); 华海通信, 特力佳风电, 普洛斯 (short). The lot code `G2023-3号` is no figure or date.
PUBLISHED = "2023-12-22"
PUBLISHED_INFERRED = False
ST = "中新天津生态城"
HJ = "中新天津生态城投资开发有限公司"
ZH = "天津中环信息产业集团有限公司"
GF = "天津中环光伏科技有限公司"
ARTICLES = [A("生态城东北部片区优质工业地块成功竞拍", ST)]
ZONES = [Z(ST, [ST, "生态城"])]
ENTERPRISES = [E(HJ, ["生态城合资公司"]), E(ZH, ["中环信息产业集团"]), E(GF),
               E("华海通信", kind="short"), E("特力佳风电", kind="short"), E("普洛斯", kind="short")]
FIGURES = [
    F("27.12公顷", 27.12, "公顷", S="工业地块", K="other", M="总面积", P="2023-12-22"),
    F("1.3427亿元", 134270000, "元", S=GF, K="enterprise", M="竞得地块价格", P="2023-12-22"),
    F("9%", 9, "%", S="工业地块", K="other", M="增值税"),
    F("175公顷", 175, "公顷", S="生态创业园", K="other", M="规划面积"),
]
DATES = [D("2023年12月22日", "2023-12-22")]
EXCLUDE = ["G2023-3号"]
