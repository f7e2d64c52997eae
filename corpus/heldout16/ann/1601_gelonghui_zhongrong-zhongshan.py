# gelonghui.com (格隆汇, financial portal), a listed company's announcement digest. Printed `03-19 18:36` (no year; clock
# no figure) and `格隆汇3月19日`: both dated mentions, year from the body's `2024年3月19日` (inferred). Whole as returned.
# Stock code `301223` (twice) is furniture (heldout9/10). 中荣股份 is plainly the listed short name of
# 中荣印刷集团股份有限公司 (named in full inside the resolution's title): one registered entry, short name as variant.
# Zone: 中山火炬高技术产业开发区 (national high-tech zone; canonical `中山火炬高新区`, district name 火炬 kept as GUIDE's
# 武汉东湖). `不超4.1亿元`/`不超过人民币4.1亿元` are ceilings: text `4.1亿元`, no approx (as heldout3's 不低于), target.
PUBLISHED = "2024-03-19"
PUBLISHED_INFERRED = True
ZR = "中荣印刷集团股份有限公司"
ZS = "中山火炬高新区"
EK = dict(S=ZR, K="enterprise")
ARTICLES = [A("中荣股份(301223.SZ):拟不超4.1亿元投建中山工厂二期项目", ZS)]
ZONES = [Z(ZS, ["中山火炬高技术产业开发区"])]
ENTERPRISES = [E(ZR, ["中荣股份"])]
FIGURES = [
    F("4.1亿元", 410000000, "元", approx=False, **EK, M="中山工厂二期项目投资总额", P=None, T=True),
    F("4.1亿元", 410000000, "元", approx=False, **EK, M="项目投资总额", P=None, T=True),
]
DATES = [D("03-19", "2024-03-19", inferred=True), D("3月19日", "2024-03-19", inferred=True), D("2024年3月19日", "2024-03-19")]
EXCLUDE = ["18:36", "301223"]
