# te-ch.tech (sci-tech news portal) repost of a 山东邹城经济开发区 release, printed `2023-06-06` with the zone as source;
# `109` under it is a view counter; the two banner lines above the headline are site furniture. Cut after the last
# paragraph (the portal's 免责声明 follows). The `核心提示:` line repeats the lead's start (cut off by the site): its
# date counts at each occurrence. `2023济宁(大湾区)…推介会` is an event name: its year is no date (heldout7).
# Zone 邹城经济开发区 (山东 dropped like 市/国家), printed full form and bare `开发区` (used for it throughout) as
# variants. Companies: 中国空分工程有限公司, 厦门蔚扬药业有限公司 (registered), 山能集团 (group, heads a project
# name). `百亿级` is a size class, `一类新药` a drug class: no figures. `可实现年产值约275亿元` is a target.
PUBLISHED = "2023-06-06"
PUBLISHED_INFERRED = False
ZC = "邹城经济开发区"
ZP = "中国绿色植保科技产业园项目"
ARTICLES = [A("山东邹城经济开发区招商引资再突破 又一百亿级项目成功签约", ZC)]
ZONES = [Z(ZC, ["山东邹城经济开发区", "邹城经济开发区", "开发区"])]
ENTERPRISES = [E("中国空分工程有限公司"), E("厦门蔚扬药业有限公司"), E("山能集团", kind="group")]
FIGURES = [
    F("120亿元", 12000000000, "元", S=ZP, K="other", M="总投资", P=None),
    F("约275亿元", 27500000000, "元", S=ZP, K="other", M="年产值", P=None, T=True),
]
DATES = [
    D("2023-06-06", "2023-06-06"),
    D("6月2日", "2023-06-02", inferred=True),
    D("6月2日", "2023-06-02", inferred=True),
]
EXCLUDE = ["109", "2023济宁"]
