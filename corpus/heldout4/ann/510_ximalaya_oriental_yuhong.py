# Audio page (喜马拉雅) carrying a financial news item; the headline is printed twice (page title and
# heading) and is one article. Player times 00:00 / 01:30 are not figures. No year on the page: the
# company's announcement is of 2023-11-22, so published 2023-11, inferred.
PUBLISHED = "2023-11"
PUBLISHED_INFERRED = True
ARTICLES = [A("东方雨虹:子公司拟投资10亿元建江西吉安新材料产业园项目", None)]
ZONES = []
ENTERPRISES = [
    E("北京东方雨虹防水技术股份有限公司", ["东方雨虹"]),
    E("东方雨虹砂粉科技集团有限公司", ["砂粉集团"]),
    E("华砂矿业有限公司"),
    E("吉安东方雨虹特种水泥有限公司"),
    E("华砂砂浆有限公司"),
    E("吉安东方雨虹建材科技有限公司"),
]
S("东方雨虹砂粉科技集团有限公司", "enterprise", None)
F("10亿元", 1000000000, "元", m="投资", t=True)
F("10亿元", 1000000000, "元", m="投资", t=True)
F("10亿元", 1000000000, "元", m="投资", t=True, p="2023-11-22")
F("1.005亿元", 100500000, "元", m="探矿权竞拍价", s="华砂矿业有限公司", sk="enterprise", p="2023-11-22")
F("不超过10亿元", 1000000000, "元", approx=False, m="投资", t=True)
F("6个月", 6, "个月", m="开工建设期限", t=True)
F("18个月左右", 18, "个月", m="产品投产期限", t=True)
D("11月22日", "2023-11-22", None, True)
D("11月22日", "2023-11-22", None, True)
