# gj9pyvzv.a899.cn (content farm) spun copy of a 梅州 story: words of the headline (`吹响`, `梅州马力`, `高质`, `展冲`,
# `锋号奋战`, `开门红`, `开足`) and an ad (`AG超玩会`) are scattered into the text; kept as stored. Printed
# `2024-11-15 07:18:45` taken as published (heldout16 1609: the printed date, though the story is older). The stored
# text breaks off in the 风华环保 paragraph: cut after the 圣戈班 one. Zone: 梅州经济开发区 (…开发区; the spun `高质`
# glued before it is no part of it); the story is city-wide: no primary zone. Companies: 广东科伦药业, 德国费森尤斯医疗
# (short, as printed with the country), 梅州圣戈班汽车玻璃系统有限公司 (registered; `梅州圣戈班` heading the project
# a variant). 广梅产业园 a park. `二期项目将于2025年…总产值将达6亿元` → target, period 2025.
PUBLISHED = "2024-11-15"
PUBLISHED_INFERRED = False
SG = "梅州圣戈班汽车玻璃系统有限公司"
ARTICLES = [A("梅州吹响高质量发展冲锋号,开足马力奋战“开门红”!", None)]
ZONES = [Z("梅州经济开发区", ["梅州经济开发区"])]
ENTERPRISES = [E("广东科伦药业", kind="short"), E("德国费森尤斯医疗", kind="short"), E(SG, ["梅州圣戈班"])]
FIGURES = [
    F("7个", 7, "个", S="梅江区", K="other", M="镇(街道)", P=None),
    F("14.3亿元", 1430000000, "元", S="梅县区", K="other", M="开门红招商引资项目签约总投资", P=None),
    F("超3亿元", 300000000, "元", S=SG, K="enterprise", M="销售", P="2023"),
    F("6亿元", 600000000, "元", S=SG, K="enterprise", M="总产值", P="2025", T=True),
]
DATES = [D("2024-11-15", "2024-11-15"), D("2021年3月", "2021-03"), D("2023年", "2023"), D("2025年", "2025")]
EXCLUDE = ["07:18:45"]
