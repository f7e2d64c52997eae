# jjckb.cn (经济参考报, national paper of 新华社; `新华通讯社主管` and crumb kept) carrying a 上海证券报·中国证券网 story,
# printed `2020-12-08`; cut before the site's copyright notice. Zone: 绍兴滨海新区 (a provincial `…新区`, GUIDE counts
# 新区), `滨海新区` (in 滨海新区管委会) its variant → primary_zone. `杭绍甬一体化示范区` is a regional designation, not a
# zone (heldout7's 科技新城示范区); `四新区` a small count. Companies heading project names are short entries (heldout7):
# 豪威科技, 中芯绍兴, 长电科技; also named: 中芯国际, 浙江医药, 张江生物 (short). `万亩千亿` (a programme's name, no
# digits), `一年`, `四大`, `两个` are no figures. `去年11月份` → 2019-11; `目前` → 2020-12.
PUBLISHED = "2020-12-08"
PUBLISHED_INFERRED = False
BH = "绍兴滨海新区"
ZX = "中芯绍兴"
ARTICLES = [A("绍兴滨海新区集成电路“万亩千亿”产业平台项目总投资超3000亿元", BH)]
ZONES = [Z(BH, [BH, "滨海新区"])]
ENTERPRISES = [E("豪威科技", kind="short"), E(ZX, kind="short"), E("长电科技", kind="short"),
               E("中芯国际", kind="short"), E("浙江医药", kind="short"), E("张江生物", kind="short")]
FIGURES = [
    F("超3000亿元", 300000000000, "元", S=BH, K="zone", M="集成电路产业平台项目总投资", P="2020-12"),
    F("70余个", 70, "个", S=BH, K="zone", M="集成电路产业平台招引产业项目", P="2020-12"),
    F("超过3000亿元", 300000000000, "元", S=BH, K="zone", M="项目总投资", P="2020-12"),
    F("超过80亿元", 8000000000, "元", S=ZX, K="enterprise", M="一期投资", P=None),
    F("4.5万片", 45000, "片", kind="count", S=ZX, K="enterprise", M="产能", P="2020"),
    F("50余个", 50, "个", S=BH, K="zone", M="集成电路产业项目", P="2020-12"),
]
DATES = [
    D("2020-12-08", "2020-12-08"),
    D("12月8日", "2020-12-08", inferred=True),
    D("去年11月份", "2019-11", inferred=True),
    D("2019年11月25日", "2019-11-25"),
    D("2019年11月29日", "2019-11-29"),
]
EXCLUDE = []
