# m.vzvkv.com (news mirror) item on a 株洲高新区 signing ceremony (中新网-style wire text); headline with the place tag
# `湖南:` (part of the printed headline), printed date `2017-12-13` (published). Cut after the 开工 paragraph (the
# mayor's quote breaks off).
# Zone: 株洲高新区 (primary), also `株洲市高新区` (in `湖南省株洲市高新区`, twice). `国家高新区` is generic.
# Enterprises: companies heading project names are short entries (heldout10/16): 猪八戒网 (`猪八戒网“互联网+”型创新
# 创业综合示范区`), 孚能新能源 (`孚能新能源动力电池`). 新马生态社区, 株洲信息港, 新能源机动车检测中心 are projects.
# Figures: the headline's `18个`, `380亿` (no unit printed → "") and the body's repeats count each. Thresholds with a
# numeral are figures (`100亿元以上`, `70亿元以上`, heldout16); NEW as heldout16: `超千亿元`, `超百亿元` (scale word) are
# figures, approx, targets (将). `突破70亿元` sets no approx (突破 is not a GUIDE marker). `第23位` is a rank; `3+3+1`
# (twice) a slogan; `九大`, `三大` small counts. The 2016 zone totals take 2016; the signing figures the ceremony day.
PUBLISHED = "2017-12-13"
PUBLISHED_INFERRED = False
ZZ = "株洲高新区"
D8 = "2017-12-08"
ZS = dict(S=ZZ, K="zone", P=D8)
Z16 = dict(S=ZZ, K="zone", P="2016")
ARTICLES = [A("湖南:株洲高新区集中签约18个产业项目 涉及新能源等多个领域总投资380亿", ZZ)]
ZONES = [Z(ZZ, [ZZ, "株洲市高新区"])]
ENTERPRISES = [E("猪八戒网", kind="short"), E("孚能新能源", kind="short")]
FIGURES = [
    F("18个", 18, "个", **ZS, M="集中签约产业项目"),
    F("380亿", 38000000000, "", **ZS, M="签约项目总投资"),
    F("18个", 18, "个", **ZS, M="现场签约产业项目"),
    F("380亿元", 38000000000, "元", **ZS, M="签约项目总投资"),
    F("100亿元以上", 10000000000, "元", **ZS, M="签约项目投资规模"),
    F("1个", 1, "个", **ZS, M="100亿元以上项目"),
    F("70亿元以上", 7000000000, "元", **ZS, M="签约项目投资规模"),
    F("1个", 1, "个", **ZS, M="70亿元以上项目"),
    F("超千亿元", 100000000000, "元", S=ZZ, K="zone", M="签约项目投产后年产值", P=None, T=True),
    F("超百亿元", 10000000000, "元", S=ZZ, K="zone", M="签约项目投产后纳税", P=None, T=True),
    F("200亿元", 20000000000, "元", S="新马生态社区", K="other", M="计划投资", P=None, T=True),
    F("约2300亩", 2300, "亩", S="新马生态社区", K="other", M="总用地面积", P=None),
    F("722亿元", 72200000000, "元", **Z16, M="地区生产总值"),
    F("超过2000亿元", 200000000000, "元", **Z16, M="技工贸总收入"),
    F("70亿元", 7000000000, "元", **Z16, M="公共财政预算总收入"),
    F("超过50家", 50, "家", **Z16, M="国家级研发机构"),
    F("146个", 146, "个", S="全国", K="other", M="国家高新区", P="2016"),
    F("13个", 13, "个", **ZS, M="签约产业项目"),
    F("13个", 13, "个", S="株洲市", K="other", M="集中开工项目", P=D8),
    F("62亿元", 6200000000, "元", S="株洲市", K="other", M="开工项目总投资", P=D8),
    F("37个", 37, "个", S="株洲市", K="other", M="已开工重点项目", P="2017"),
    F("18个", 18, "个", S="株洲市", K="other", M="竣工重点项目", P="2017"),
]
DATES = [D("2017-12-13", "2017-12-13"), D("12月8日", D8, inferred=True), D("2016年", "2016")]
EXCLUDE = ["3+3+1", "第23位"]
