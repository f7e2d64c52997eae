# m.zgong.com (重工机械网, industry portal) copy of a 赣州市工信局 item: site name and `登录` before the headline;
# printed `2022-08-08 13:08:29514` (clock glued to a view counter: no figure, no date beyond the day). The stored text
# breaks off in the closing paragraph (`……十`): cut after the 2012/2021 paragraph.
# Zone: 赣州经开区 (primary); `国家级经开区`, `开发区` are class words; 新能源科技城 is a park (no zone).
# Companies: 山东凯马汽车制造有限公司赣州分公司 (registered, a branch's registered name; `赣州凯马` and `凯马汽车`
# (heading `凯马汽车项目`) its variants), 吉利 (short, heading `吉利(赣州)42GWh动力电池项目`), 赣州市同兴达电子科技有限公司
# (registered).
# Figures: `42GWh` inside the project's name (heldout10/16: capacities in project names are no figures); `百亿方阵`
# (slogan) and `千亿级` (size class) no figures; `突破百亿元`, `突破千亿元` are milestones with a scale word (heldout16
# NEW: figures, 突破 sets no approx); ranks `第52位`, `第2位` no figures; `十年来` no figure. `约154.85亿元` approx.
# Dates: `2019年8月6日`, `2021年` twice, `2012年`, printed day.
# Facts: the park's area has subject 新能源科技城 (other); counts of zones in the national and provincial evaluations
# have subjects 全国 / 全省 (other), period the evaluation year 2021 carried from the sentence.
PUBLISHED = "2022-08-08"
PUBLISHED_INFERRED = False
GZ = "赣州经开区"
ZK = dict(S=GZ, K="zone")
TXD = "赣州市同兴达电子科技有限公司"
ARTICLES = [A("赣州经开区:产业集群成效凸显 现代化工业新城崛起", GZ)]
ZONES = [Z(GZ, [GZ])]
ENTERPRISES = [E("山东凯马汽车制造有限公司赣州分公司", ["赣州凯马", "凯马汽车"]), E("吉利", kind="short"), E(TXD)]
FIGURES = [
    F("35.2平方公里", 35.2, "平方公里", S="新能源科技城", K="other", M="总面积", P=None),
    F("百亿元", 10000000000, "元", approx=False, S=TXD, K="enterprise", M="企业营收", P="2021"),
    F("约154.85亿元", 15485000000, "元", **ZK, M="GDP", P="2012"),
    F("443.77亿元", 44377000000, "元", **ZK, M="工业营收", P="2012"),
    F("千亿元", 100000000000, "元", approx=False, **ZK, M="规上工业营收", P="2021"),
    F("219个", 219, "个", S="全国", K="other", M="国家级经开区综合发展水平考核评价参评经开区", P="2021"),
    F("98个", 98, "个", S="全省", K="other", M="开发区争先创优考评参评开发区", P="2021"),
    F("10个", 10, "个", S="全省", K="other", M="国家级经开区", P="2021"),
]
DATES = [D("2022-08-08", "2022-08-08"), D("2019年8月6日", "2019-08-06"), D("2021年", "2021"),
         D("2012年", "2012"), D("2021年", "2021")]
EXCLUDE = ["13:08:29514", "42GWh", "第52位", "第2位"]
