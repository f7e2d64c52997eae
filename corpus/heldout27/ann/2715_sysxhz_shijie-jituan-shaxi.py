# sysxhz.com (content farm) copy of a 格隆汇 digest of a Hong Kong-listed company's announcement, Simplified script:
# blank spacer lines and the farm's `**` masks for 中国 kept; the disclaimer, `本文链接` and the 上一篇/下一篇 teasers after
# the article cut (footer). No printed date: `格隆汇5月23日` with the announcement's `2024年5月22日` → published
# 2024-05-23 (inferred). The headline keeps its stock code (heldout16); the code `00713` (2×) is furniture.
# Enterprises: 世界(集团) (the listed company, named by its `(集团)` short name: group); 丰宝纺织(中山) (subsidiary,
# short; `丰宝` a variant); 广东南塑建材制品有限公司 (registered; `广东南塑` a variant). `集团公司` is a generic reference,
# 中山市沙溪镇人民政府 a government, 格隆汇 the source medium. No zone (涌边工业区 a village industrial area).
# Dates: `5月23日` → 2024-05-23 (inferred), `2024年5月22日`, `2028年` (expected completion) → 2028.
# Figures: `约119亩`; `666.7平方米` (the mu conversion, a quantity); `约为人民币5.95亿元` (text `人民币5.95亿元`, approx
# by 约); `约二十三万平方米` (Chinese numeral with scale word → 230000, approx). Agreed shares and the planned investment
# and floor area are targets.
PUBLISHED = "2024-05-23"
PUBLISHED_INFERRED = True
SJ = "世界(集团)"
FB = "丰宝纺织(中山)"
NS = "广东南塑建材制品有限公司"
ARTICLES = [A("世界(集团)(00713.HK)签订沙溪镇产业项目招商引资协议", None)]
ZONES = []
ENTERPRISES = [E(SJ, kind="group"), E(FB, ["丰宝"], kind="short"), E(NS, ["广东南塑"])]
FIGURES = [
    F("约119亩", 119, "亩", S=FB, K="enterprise", M="工业土地面积"),
    F("666.7平方米", 666.7, "平方米", M="每亩"),
    F("51%", 51, "%", S=FB, K="enterprise", M="物业产权", T=True),
    F("49%", 49, "%", S=NS, K="enterprise", M="物业产权", T=True),
    F("人民币5.95亿元", 595000000, "元", approx=True, S=SJ, K="enterprise", M="项目投资总额", T=True),
    F("约二十三万平方米", 230000, "平方米", S=SJ, K="enterprise", M="项目建筑面积", T=True),
]
DATES = [D("5月23日", "2024-05-23", inferred=True), D("2024年5月22日", "2024-05-22"), D("2028年", "2028")]
EXCLUDE = ["(00713.HK)"]
