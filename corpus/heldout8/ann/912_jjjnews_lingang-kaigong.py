# feiyi.jjjnews.top (aggregator, `精选热点资讯`) copy of a 上海地产集团/闵行开发区 release, crumb kept, printed
# `2023-08-16 05:19:06` (clock no figure). Cut after the last complete paragraph (the next breaks off). Zones:
# 闵行开发区 (`…开发区`); 临港新片区 (a free-trade-zone area: `新片区` is no zone word of GUIDE's, not `…新区`) is not,
# nor 闵行开发区临港园区 (a park inside it). The article is about 临港新片区's projects → primary null; subject of
# its counts 临港新片区 (other). Companies: 临港集团, 上海地产集团 (group), 长电科技 (short, `长电` heading a project name
# as variant), 法液空, 普罗名特 (short). `四周年` an anniversary, `百亿级` a size class: no figures.
PUBLISHED = "2023-08-16"
PUBLISHED_INFERRED = False
MH = "闵行开发区"
LG = dict(S="临港新片区", K="other")
D15 = "2023-08-15"
ARTICLES = [A("总投资288亿元,临港新片区四周年重点产业项目今日集中开工——闵行开发区临港园区2个项目在列", None)]
ZONES = [Z(MH, [MH])]
ENTERPRISES = [
    E("临港集团", kind="group"), E("上海地产集团", kind="group"), E("长电科技", ["长电"], kind="short"),
    E("法液空", kind="short"), E("普罗名特", kind="short"),
]
FIGURES = [
    F("288亿元", 28800000000, "元", **LG, M="集中开工重点产业项目总投资", P=D15),
    F("2个", 2, "个", S=MH, K="zone", M="集中开工项目", P=D15),
    F("12个", 12, "个", **LG, M="集中开工重点项目", P=D15),
    F("288亿元", 28800000000, "元", **LG, M="集中开工重点项目总投资", P=D15),
    F("2个", 2, "个", **LG, M="投资规模百亿级以上项目", P=D15),
    F("12个", 12, "个", **LG, M="集中开工重点产业项目", P=D15),
    F("1个", 1, "个", **LG, M="开工仪式主会场", P=D15),
    F("2个", 2, "个", **LG, M="开工仪式分会场", P=D15),
]
DATES = [
    D("2023-08-16", "2023-08-16"),
    D("8月15日", D15, inferred=True),
]
EXCLUDE = ["05:19:06"]
