# qzsxjg.com (a copy of the 安徽农垦集团 site's news page): the site name `安徽农垦集团` heads the text, the headline is
# stored twice (one title), then `发布日期:2010-05-04 浏览次数:2974` (printed date; view counter no figure). Whole as
# returned (ends on a complete paragraph; the WeChat widget lines after it are cut).
# The body opens with `429上午`: the day printed without separators (4-29, before the 5-4 print date) → 2010-04-29
# (a dated mention, year inferred; NEW: kept as printed).
# No zone: 十字工业园 (a county park run by the group) and 浙江温州电器电子工业园 are parks. Companies: 安徽农垦集团
# (group; `省农垦集团` and the misprinted `安徽农集团` are its variants), 皖垦茶业集团 (group), 郎溪鑫科电子 (short).
# 郎溪县委 is government.
# Figures: `13家`, `5家` (twice), `5个`.
PUBLISHED = "2010-05-04"
PUBLISHED_INFERRED = False
SZ = dict(S="十字工业园", K="other")
D29 = "2010-04-29"
ARTICLES = [A("皖垦茶业集团十字工业园举行入园企业集中投产 开工 签约仪式", None)]
ZONES = []
ENTERPRISES = [
    E("安徽农垦集团", ["省农垦集团", "安徽农集团"], kind="group"),
    E("皖垦茶业集团", kind="group"),
    E("郎溪鑫科电子", kind="short"),
]
FIGURES = [
    F("13家", 13, "家", **SZ, M="入园企业集中开工", P=D29),
    F("5家", 5, "家", **SZ, M="企业正式投产", P=D29),
    F("5个", 5, "个", **SZ, M="项目正式签约", P=D29),
    F("5家", 5, "家", **SZ, M="签约浙江投资商", P=D29),
]
DATES = [D("2010-05-04", "2010-05-04"), D("429", D29, inferred=True)]
EXCLUDE = ["浏览次数:2974"]
