# bhxww.cn (滨海新闻网, county paper 滨海日报's site), table-border `|` lines kept, `浏览次数:5600` (counter, furniture),
# printed `发布时间:[2019-3-5]` → 2019-03-05. Cut after the last paragraph (the `(版权所有 不得转载)` line and window
# widgets dropped). The report covers 2018 (`去年`, `2018年度`): periods 2018.
# No zone: the county's `县工业园` (a county park) and 上海市金山区山阳工业园 (a town's park, heldout8) are no GUIDE zones;
# 国家火炬滨海流体装备特色产业基地 is a base. Companies heading project names are short (中汽 of `中汽汽车产业基地`,
# 科道智能装备, 唯普亿展科技). `亿元以上` (no numeral), `“三争”`, `“三大产业”`, `二期` are no figures.
PUBLISHED = "2019-03-05"
PUBLISHED_INFERRED = False
GY = dict(S="县工业园", K="other")
P = "2018"
ARTICLES = [A("工业园高质量发展活力迸发", None)]
ZONES = []
ENTERPRISES = [E("中汽", kind="short"), E("科道智能装备", kind="short"), E("唯普亿展科技", kind="short")]
FIGURES = [
    F("13次", 13, "次", **GY, M="招商推介等活动", P=P),
    F("9个", 9, "个", **GY, M="新签约项目", P=P, C=True),
    F("7个", 7, "个", **GY, M="新开工亿元以上项目", P=P, C=True),
    F("9个", 9, "个", **GY, M="新竣工项目", P=P, C=True),
    F("6个", 6, "个", **GY, M="新组建驻点招商工作站", P=P, C=True),
    F("4次", 4, "次", **GY, M="上海“区区行”招商推介活动", P=P),
    F("5个", 5, "个", **GY, M="入驻项目", P=P),
    F("8万平方米", 80000, "平方米", **GY, M="新增绿化", P=P, C=True),
]
DATES = [D("2019-3-5", "2019-03-05"), D("2018年度", "2018")]
EXCLUDE = ["浏览次数:5600"]
