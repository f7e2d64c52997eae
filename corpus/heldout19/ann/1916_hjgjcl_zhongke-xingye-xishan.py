# hjgjcl.com (a Shenzhen company's website; its hotline lines `咨询热线`/`销售热线` kept, the phone numbers no
# figures) carrying a 无锡锡山区 news item on a company's groundbreaking. The stored text breaks off in the 刘洪表示
# paragraph: cut after the 葛敏 one. No printed date: `3月12日` with the programme's `2024年` → 2024-03-12 (inferred).
# `2024年省重大实施项目` and `2024年第一批…市级重点项目` carry their list's year: dated mentions (heldout16's `2024年第一批`
# convention); `2022-2023年` a span; `一季度` → 2024-01..2024-03 (inferred). No zone (锡山 a district, 东港镇 a town).
# Companies: 中科兴业(无锡)高新材料有限公司 (registered; `中科兴业` its short form, variant), 招商局投资发展有限公司
# (registered), 中国化学工程集团 and 国化投资集团 (groups). `10亿元以上` a threshold figure (approx); `3+N`, `四新四强`
# names.
PUBLISHED = "2024-03-12"
PUBLISHED_INFERRED = True
ZK = "中科兴业(无锡)高新材料有限公司"
XS = dict(S="锡山", K="other")
ARTICLES = [A("又一省重点项目开工", None)]
ZONES = []
ENTERPRISES = [E(ZK, ["中科兴业"]), E("招商局投资发展有限公司"), E("中国化学工程集团", kind="group"),
               E("国化投资集团", kind="group")]
FIGURES = [
    F("7个", 7, "个", **XS, M="列入省重大实施项目", P="2024"),
    F("1个", 1, "个", **XS, M="省重大储备项目", P="2024"),
    F("7个", 7, "个", **XS, M="省重大实施项目", P="2024"),
    F("1个", 1, "个", **XS, M="省重大实施项目未开工", P="2024-03-12"),
    F("21个", 21, "个", **XS, M="10亿元以上备案项目", P=("2022", "2023")),
    F("10亿元以上", 1000000000, "元", **XS, M="备案项目投资门槛", P=("2022", "2023")),
    F("19个", 19, "个", **XS, M="已开工在建备案项目", P=("2022", "2023")),
    F("90.5%", 90.5, "%", **XS, M="备案项目在建率", P=("2022", "2023")),
    F("55个", 55, "个", **XS, M="2024年第一批市级重点项目", P="2024"),
    F("51个", 51, "个", **XS, M="市级重点项目开工在建", P="2024"),
    F("92.7%", 92.7, "%", **XS, M="市级重点项目在建率", P="2024"),
]
DATES = [D("3月12日", "2024-03-12", inferred=True), D("2024年", "2024"), D("一季度", "2024-01", "2024-03", inferred=True),
         D("2022-2023年", "2022", "2023"), D("2024年", "2024")]
EXCLUDE = ["0755-83554214", "13415391180", "3+N"]
