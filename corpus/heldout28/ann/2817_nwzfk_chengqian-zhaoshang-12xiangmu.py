# nwzfk.com (a 邹城 local site, `招商动态` column) item; the headline is stored twice around the column/date line
# `| 招商动态 |2017-02-27` (one title; published as printed); whole as returned.
# Dates: `春节` (`春节过后`; 2017's 正月初一 = 2017-01-28, inferred, as 2806's `今年春节` and heldout16's lunar days).
# `年底` (`预计年底交付使用`) is left out as GUIDE's `年初` (no calendar value of its own).
# Companies: three registered names heading projects (青岛望云旅游度假有限公司, 北京晨夕立华新能源科技有限公司,
# 浙江浦江晟宇工贸有限公司); 恒润昌新能源科技项目, 十八趟望云度假山庄, 城前大厦 are projects. No zone (a town).
# Figures: `12层` (the building's floor count) is a figure (层 set by hand as a count); the floor ranges `1-2层`,
# `3-12层` name floors (positions, no quantity). `三个招商分队`, `三大功能区` are small Chinese counts.
PUBLISHED = "2017-02-27"
PUBLISHED_INFERRED = False
CQ = dict(S="城前镇", K="other", P="2017-02")
WY = "青岛望云旅游度假有限公司"
CX = "北京晨夕立华新能源科技有限公司"
SY = "浙江浦江晟宇工贸有限公司"
ARTICLES = [A("城前镇招商引资再掀新高潮", None)]
ZONES = []
ENTERPRISES = [E(WY), E(CX), E(SY)]
FIGURES = [
    F("12个", 12, "个", **CQ, M="签约高效益产业项目"),
    F("6个", 6, "个", **CQ, M="已落地项目"),
    F("8个", 8, "个", **CQ, M="跟踪洽谈意向项目"),
    F("3个", 3, "个", **CQ, M="青岛签约项目"),
    F("5亿元", 500000000, "元", S=WY, K="enterprise", M="十八趟望云度假山庄建设项目投资"),
    F("1200余亩", 1200, "亩", S="十八趟望云度假山庄建设项目", K="other", M="总规划用地"),
    F("4个", 4, "个", **CQ, M="北京签约项目"),
    F("约2.1亿元", 210000000, "元", S=CX, K="enterprise", M="恒润昌新能源科技项目总投资"),
    F("约14200平方米以上", 14200, "平方米", S=CX, K="enterprise", M="项目总建筑面积"),
    F("5个", 5, "个", **CQ, M="上海签订项目"),
    F("1.1亿元", 110000000, "元", S=SY, K="enterprise", M="城前大厦建设项目投资"),
    F("12层", 12, "层", S="城前大厦建设项目", K="other", M="建筑层数", kind="count"),
    F("约11000平方米", 11000, "平方米", S="城前大厦建设项目", K="other", M="总建筑面积"),
]
DATES = [D("2017-02-27", "2017-02-27"), D("春节", "2017-01-28", inferred=True)]
EXCLUDE = ["1-2层", "3-12层"]
