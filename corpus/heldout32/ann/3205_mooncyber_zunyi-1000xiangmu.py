# mooncyber.com (portal) copy of a 遵义市政府办公室 release: headline with its `截至11月底` lead-in (part of the printed
# headline), `发布时间:2020-12-04 10:51:11 来源:…` line (clock no figure) → published printed. The `上一篇/下一篇`
# links after the last paragraph cut. Dates: `11月底` (headline and body) → 2020-11 (inferred), `2019年`,
# `今年4月` → 2020-04 (inferred). `入黔500强企业` is a list name (500 excluded); `千企引进` a slogan; `两批` small count.
# No zone (`工业类园区` generic), no enterprise named. `879.9亿元左右` approx. Facts: subject 遵义市; this year's
# counts to 11月底 → 2020-11; 2019 park output 2019; `现入驻`/`共建设` → the publication day; 今年 release → 2020;
# the 深圳 team's results since 今年4月 → 2020-04..2020-11; `20条` 下一步 target.
PUBLISHED = "2020-12-04"
PUBLISHED_INFERRED = False
ZY = dict(S="遵义市", K="other")
ARTICLES = [A("截至11月底 遵义市引进1000个重大产业招商项目", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("1000个", 1000, "个", **ZY, M="引进重大产业招商项目", P="2020-11"),
    F("400家", 400, "家", **ZY, M="新引进企业", P="2020-11"),
    F("3家", 3, "家", **ZY, M="新增入黔500强企业", P="2020-11"),
    F("20家", 20, "家", **ZY, M="新引进高新技术企业", P="2020-11"),
    F("1000个", 1000, "个", **ZY, M="新引进重大产业招商项目", P="2020-11"),
    F("1620亿元", 162000000000, "元", **ZY, M="合同投资额", P="2020-11"),
    F("17个", 17, "个", **ZY, M="工业类园区", P="2019"),
    F("879.9亿元左右", 87990000000, "元", **ZY, M="工业类园区年产值", P="2019"),
    F("1774户", 1774, "户", **ZY, M="入驻企业", P="2020-12-04"),
    F("1121万平方米", 11210000, "平方米", **ZY, M="标准厂房", P="2020-12-04"),
    F("1316个", 1316, "个", **ZY, M="发布重点产业招商引资项目", P="2020"),
    F("5472.7亿元", 547270000000, "元", **ZY, M="重点产业招商引资项目总投资", P="2020"),
    F("965家", 965, "家", **ZY, M="赴遵考察企业", P=("2020-04", "2020-11")),
    F("86个", 86, "个", **ZY, M="签订正式投资合同", P=("2020-04", "2020-11")),
    F("114.8亿元", 11480000000, "元", **ZY, M="签约资金", P=("2020-04", "2020-11")),
    F("20条", 20, "条", **ZY, M="重点产业链条", T=True),
]
DATES = [D("11月底", "2020-11", inferred=True), D("2020-12-04", "2020-12-04"), D("11月底", "2020-11", inferred=True),
         D("2019年", "2019"), D("今年4月", "2020-04", inferred=True)]
EXCLUDE = ["10:51:11", "500强"]
