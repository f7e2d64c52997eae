# daluwang.net (content farm, `新闻` channel) copy of an 东方网 item, visibly machine-reworded: company and place
# names are homophone swaps (`伊春郭萱` for 宜春国轩, `伊春时代` for 宜春时代, `宜春市委书记余`), sentence ends lost
# (`…19家今年一季度…`). Column/time/source line and counter `阅读量:6742` (no figure) kept; the site's disclaimer
# `郑重声明:…` after the last paragraph is a footer, cut. Title as printed; no zone (the 产业集聚区/示范基地 are
# designations, not zones) → primary null.
# Companies as stored (they head projects and are plainly used as company names; judgment call): 伊春郭萱, 伊春时代
# (short), 大唐集团 (group). Figures: the capacity inside the project name `伊春郭萱一期年产150亿瓦时动力电池项目`
# is no figure (heldout38's project-name rule), the stated capacity `建设年产500亿瓦时…` is (target; `瓦时` set as a
# measure by hand); `百亿元工业项目` a size class; spelled fraction `三分之一以上` → 0.333333 ratio, approx.
# `今年一季度` → 2022-01..2022-03; `到2025年` targets.
PUBLISHED = "2022-10-11"
PUBLISHED_INFERRED = False
YC = dict(S="宜春市", K="other")
ARTICLES = [A("江西宜春壮大锂电新能源产业", None)]
ZONES = []
ENTERPRISES = [E("伊春郭萱", kind="short"), E("伊春时代", kind="short"), E("大唐集团", kind="group")]
FIGURES = [
    F("135亿元", 13500000000, "元", S="伊春时代", K="enterprise", M="一期投资"),
    F("500亿瓦时", 50000000000, "瓦时", kind="measure", S="伊春时代", K="enterprise", M="年产锂离子动力及储能", T=True),
    F("约40%", 40, "%", **YC, M="锂云母精矿储量占全国比重"),
    F("137家", 137, "家", **YC, M="锂离子新能源产业链企业", P="2022-10"),
    F("111家", 111, "家", **YC, M="规模以上企业", P="2022-10"),
    F("19家", 19, "家", **YC, M="上市的子公司", P="2022-10"),
    F("198亿元", 19800000000, "元", **YC, M="锂电池产业链营业收入", P=("2022-01", "2022-03")),
    F("1500亿元", 150000000000, "元", **YC, M="锂电池新能源产业收入", P="2025", T=True),
    F("三分之一以上", 0.333333, "", kind="ratio", approx=True, **YC, M="锂盐占国内市场份额", P="2025", T=True),
]
DATES = [D("2022-10-11", "2022-10-11"), D("今年一季度", "2022-01", "2022-03", inferred=True), D("2025年", "2025")]
EXCLUDE = ["10:48", "阅读量:6742", "年产150亿瓦时动力电池项目"]
