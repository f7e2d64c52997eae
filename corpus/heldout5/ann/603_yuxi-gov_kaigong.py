# yuxi.gov.cn; 公开日期 printed. 索引号 is a code, not a figure. 云南韵雅生物科技公司 has 公司 but is not a
# registered-form name (…有限公司) → short. 四个 is a small Chinese-numeral count → not a figure.
PUBLISHED = "2013-10-31"
PUBLISHED_INFERRED = False
YX = "玉溪高新区"
ARTICLES = [A("高新区13个项目集中开工", YX)]
ZONES = [Z(YX, ["玉溪国家高新区", "高新区"])]
ENTERPRISES = [
    E("云南达利食品有限公司"),
    E("云南猫哆哩集团", kind="group"),
    E("云南韵雅生物科技公司", kind="short"),
]
FIGURES = [
    F("13个", 13, "个", S=YX, K="zone", M="集中开工项目", P="2013-10-29"),
    F("10个", 10, "个", S=YX, K="zone", M="开工项目", P="2013"),
    F("13个", 13, "个", S=YX, K="zone", M="集中开工项目", P="2013-10-29"),
    F("超过27亿元", 2700000000, "元", S=YX, K="zone", M="总投资", P="2013-10-29"),
    F("13个", 13, "个", S=YX, K="zone", M="集中开工项目", P="2013-10-29"),
    F("9个", 9, "个", S=YX, K="zone", M="生产性项目", P="2013-10-29"),
    F("超过26亿元", 2600000000, "元", S=YX, K="zone", M="生产性项目总投资", P="2013-10-29"),
    F("超1亿元", 100000000, "元", S=YX, K="zone", M="非生产性项目总投资", P="2013-10-29"),
]
DATES = [D("2013-10-31", "2013-10-31"), D("10月29日", "2013-10-29", inferred=True)]
