# huawenzs.com (商业财经网) repost of a 东方网/澎湃新闻 series story, printed 2024-03-28 08:02 (clock no figure);
# `阅读量:7911` is a view counter (furniture), `ggtop` a widget. Cut after the photo caption (the stored text breaks
# off after it). Title without the series tag `选择上海的理由|`. Zone: 浦东新区 (GUIDE's `…新区`), bare `浦东` used for
# it as a variant; 张江 appears only as a place/park (张江医械园) and in 张江集团 → no zone of its own.
# Companies: 先导科技集团有限公司 (variants 先导科技集团, 先导科技), 张江集团 (group). `2024上海全球投资促进大会`
# (event name) and `从0到1再到N` (slogan) are neither figures nor dates.
PUBLISHED = "2024-03-28"
PUBLISHED_INFERRED = False
XD = "先导科技集团有限公司"
PD = "浦东新区"
ARTICLES = [A("为何将全球研发中心落户张江?他说留下这些“深刻印象”", PD)]
ZONES = [Z(PD, [PD, "浦东"])]
ENTERPRISES = [E(XD, ["先导科技集团", "先导科技"]), E("张江集团", kind="group")]
FIGURES = [
    F("40多家", 40, "家", S=XD, K="enterprise", M="旗下子公司", P=None),
    F("约17个", 17, "个", S=XD, K="enterprise", M="业务遍布国家", P=None),
]
DATES = [
    D("2024-03-28", "2024-03-28"),
    D("3月29日", "2024-03-29", inferred=True),
    D("2023年", "2023"),
]
EXCLUDE = ["08:02", "阅读量:7911", "2024上海全球投资促进大会", "从0到1再到N"]
