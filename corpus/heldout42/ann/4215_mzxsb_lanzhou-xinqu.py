# szb.mzxsb.com (a Gansu paper's digital edition, page 07): a 兰州新区 industry feature. Edition menu lines, the printed
# `2025年01月22日`, `字数:3,997` and `版次:07` (furniture, no figures) and seven photo captions kept; cut after the last
# complete paragraph (the quote paragraph broke off, with `新区石化集团` and the park's counts in it).
# Title: `延链条聚集群 产业焕发新气象`; the subtitle `——兰州新区推进产业发展综述` no part. Zone: 兰州新区 (…新区); its
# 绿色化工园区/化工园区 are parks. Companies from the captions: registered 甘肃德福新材料有限公司, 兰州东金硅业有限公司,
# 兰州泰基离子技术有限公司, 兰州宝航新能源材料有限公司; group 兰石集团; short 知豆汽车 (`知豆汽车兰州工厂`), 甘肃海亮新材,
# 宝武碳业 (parent of 兰州宝航, two entries as heldout40's parent/subsidiary). No figure on the kept text (`十多年` a
# Chinese span, `百强` a list name).
PUBLISHED = "2025-01-22"
PUBLISHED_INFERRED = False
LZ = "兰州新区"
ARTICLES = [A("延链条聚集群 产业焕发新气象", LZ)]
ZONES = [Z(LZ, [LZ])]
ENTERPRISES = [E("知豆汽车", kind="short"), E("甘肃海亮新材", kind="short"), E("兰石集团", kind="group"),
               E("甘肃德福新材料有限公司"), E("兰州东金硅业有限公司"), E("兰州泰基离子技术有限公司"),
               E("宝武碳业", kind="short"), E("兰州宝航新能源材料有限公司")]
FIGURES = []
DATES = [D("2025年01月22日", "2025-01-22"), D("2024年", "2024")]
EXCLUDE = ["3,997", "版次:07"]
