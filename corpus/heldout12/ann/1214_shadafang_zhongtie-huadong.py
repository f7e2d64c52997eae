# shadafang.com (aggregator copy of a 上观新闻 story), the headline stored three times (headline line, `:原题为_…`
# line, and `【…】` inside the last paragraph): one article, one title (heldout10); the channel tag `上观|` dropped from the
# title (GUIDE's series tags). Spaced punctuation ` , ` kept. Whole as returned.
# No printed date and only `昨天上午`: published null (heldout10's 1005); `2022年` (target completion) a date.
# No GUIDE zone (莘庄商务区, 上海自贸区新片区, heldout8). Enterprise: 中国中铁 (short); `中国中铁华东区域总部(基地)` is
# its regional headquarters / the project, no entry of its own. `23层` count (unit 层 by hand), `100米` measure (米),
# `300亿至400亿元` one range (target). `三省一市`, `六大板块` small Chinese counts; `首家` no figure.
PUBLISHED = None
PUBLISHED_INFERRED = True
PJ = dict(S="中国中铁华东区域总部基地", K="other")
ARTICLES = [A("闵行迎首家央企区域总部 中国中铁华东区域总部基地在沪开建", None)]
ZONES = []
ENTERPRISES = [E("中国中铁", kind="short")]
FIGURES = [
    F("129291万元", 1292910000, "元", **PJ, M="项目总投资额", P=None),
    F("13672.5平方米", 13672.5, "平方米", **PJ, M="用地面积", P=None),
    F("79665.41平方米", 79665.41, "平方米", **PJ, M="总建筑面积", P=None),
    F("23层", 23, "层", kind="count", **PJ, M="最高层数", P=None),
    F("100米", 100, "米", **PJ, M="最大高度", P=None),
    F("300亿至400亿元", 30000000000, "元", vmax=40000000000, **PJ, M="入驻企业年营收总额", P=None, T=True),
]
DATES = [D("2022年", "2022")]
EXCLUDE = []
