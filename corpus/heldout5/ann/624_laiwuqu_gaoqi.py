# laiwuqu.com (莱芜 local forum/news portal); no date line; the 2018 high-tech-enterprise list → published 2018, inferred.
# `2018年度高新技术企业第二批公示名单` is a list name → its year is not a date (heldout3). Image file names are kept
# as printed; digits inside them are not figures. 奔速电梯 is the short form of 山东奔速电梯股份有限公司 (same page).
# `这九家企业` is a small Chinese-numeral count → not a figure; `9家` (Arabic) is.
PUBLISHED = "2018"
PUBLISHED_INFERRED = True
LC = "莱城区"
ARTICLES = [A("喜讯", None)]
ZONES = []
ENTERPRISES = [
    E("山东奔速电梯股份有限公司", ["奔速电梯"]),
    E("金孚瑞", kind="short"),
    E("东岳车桥", kind="short"),
    E("山东威邦工艺品股份有限公司"),
    E("莱芜市福泉橡胶有限公司"),
    E("山东宝纳新材料有限公司"),
    E("山东东沃环保新材料股份有限公司"),
    E("山东省莱芜市汶河化工有限公司"),
    E("山东双亚汽车配件股份有限公司"),
    E("山东泰莱电气股份有限公司"),
    E("山东科虹线缆科技有限公司"),
]
FIGURES = [
    F("9家", 9, "家", S=LC, K="other", M="获批高新技术企业", P="2018"),
    F("11家", 11, "家", S=LC, K="other", M="被认定为高新技术企业", P="2018"),
    F("9家", 9, "家", S=LC, K="other", M="认定高新技术企业", P="2018"),
]
DATES = []
