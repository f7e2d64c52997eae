# zhitongcaijing.com (智通财经, financial portal; Hong Kong-listed company news in Simplified script). No printed date;
# the announcement is `于2019年8月8日` (twice: the teaser line and the body) → published `2019-08` (inferred). The
# portal's disclaimer (`智通声明:…`) after the last paragraph is cut. Stock code `08262` furniture.
# Companies: 宏强控股 (listed, short; `集团`/`公司` refer to it), 明凯投资有限公司 (registered, `明凯` its short form),
# More Wealth Development Limited (Latin registered name, `(MW)` its bracketed short name → variant),
# 大牛金融服务有限公司 (registered; `合资公司` is a description). Lot numbers (`批号由34至295`) and the lot
# district (`第271限界区`) are codes; `34幅` is a count (unit 幅, set by hand), `15.16万平方英尺` a measure.
# The 65%/35% holdings and the 1200万港元 injection are agreed for completion (target).
PUBLISHED = "2019-08"
PUBLISHED_INFERRED = True
MK = "明凯投资有限公司"
MW = "More Wealth Development Limited"
LAND = "该土地"
D8 = "2019-08-08"
ARTICLES = [A("宏强控股(08262)签合资协议间接收购香港土地 以经营休闲乐园项目", None)]
ZONES = []
ENTERPRISES = [E("宏强控股", kind="short"), E(MK, ["明凯"]), E(MW, ["MW"]), E("大牛金融服务有限公司")]
FIGURES = [
    F("65%", 65, "%", S=MK, K="enterprise", M="合资公司已发行股本持股", P=None, T=True),
    F("35%", 35, "%", S=MW, K="enterprise", M="合资公司已发行股本持股", P=None, T=True),
    F("1200万港元", 12000000, "港元", S=MK, K="enterprise", M="现金股本注入", P=None, T=True),
    F("34幅", 34, "幅", kind="count", S=LAND, K="other", M="土地幅数", P=None),
    F("15.16万平方英尺", 151600, "平方英尺", kind="measure", S=LAND, K="other", M="占地面积", P=None),
]
DATES = [D("2019年8月8日", D8), D("2019年8月8日", D8)]
EXCLUDE = ["08262", "批号由34至295", "第271限界区"]
