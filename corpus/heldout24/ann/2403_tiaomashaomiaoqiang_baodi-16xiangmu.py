# tiaomashaomiaoqiang.com (content farm) copy of a 天津 story; whole as returned, with the farm's garbage source line
# (`来源:不详北京儿童扁平疣医院 http://m.39.net/…`: no figure) and its stripped numbers kept (`计划总投资亿元`,
# `累计注册企业余家`, `实体项目余个`, `年以来`: no number left, so no figure and no date). Printed `2023/2/3` → published.
# No zone: 京津中关村科技城 is a 科技城 in 宝坻 whose name only contains 中关村 (a zone word inside a name is no zone
# mention, heldout16); 宝坻区 is a district. Companies heading project names are short entries (heldout10/16): 硕博投资,
# 华润电力, 中核汇能, 苏科高新 (project `苏科高新九园智能制造总部产业园`); `中交、华润等一批央企三级公司` names 中交 and
# 华润 (the group, distinct from its unit 华润电力); 康佳集团, 中化学交通建设集团 head HQ projects (group).
# `破百亿元` is a milestone with a Chinese numeral and scale word (heldout16 NEW): figure 100亿元, this year's target.
# `3个百亿级产业集群`: 3个 is a figure, `百亿级` a size class (no figure). `今年` alone no date (set convention).
# `截至目前` resolves to the publication day.
PUBLISHED = "2023-02-03"
PUBLISHED_INFERRED = False
BD = "宝坻区"
KJ = "京津中关村科技城"
ARTICLES = [A("16个重点项目签约天津市宝坻区抢抓机遇", None)]
ZONES = []
ENTERPRISES = [E("硕博投资", kind="short"), E("华润电力", kind="short"), E("中核汇能", kind="short"),
               E("苏科高新", kind="short"), E("中交", kind="short"), E("华润", kind="short"),
               E("康佳集团", kind="group"), E("中化学交通建设集团", kind="group")]
FIGURES = [
    F("16个", 16, "个", S=BD, K="other", M="签约重点项目", P="2023-02-03"),
    F("16个", 16, "个", S=BD, K="other", M="招商引资重点项目签约落户", P="2023-02-03"),
    F("4.19平方公里", 4.19, "平方公里", S=KJ, K="other", M="一期基础设施开发建设面积", P="2023-02-03"),
    F("近80%", 80, "%", S=KJ, K="other", M="国家高新技术企业占比", P="2023-02-03"),
    F("39.8%", 39.8, "%", S=BD, K="other", M="战略性新兴产业产值增长", P=None, C=True),
    F("40.6%", 40.6, "%", S=BD, K="other", M="高技术制造业产业产值增长", P=None, C=True),
    F("3个", 3, "个", S=BD, K="other", M="百亿级产业集群", P=None, T=True),
    F("百亿元", 10000000000, "元", S=BD, K="other", M="动力电池产业链产值", P="2023", T=True),
]
DATES = [D("2023/2/3", "2023-02-03")]
EXCLUDE = ["http://m.39.net/pf/a_8744644.html"]
