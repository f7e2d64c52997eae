# selectshandong.com (山东省国际投资促进中心 portal) copy of a 大众日报 item: headline, `来源:大众日报2022-12-29 11:19`
# (clock no figure) → published 2022-12-29; the share link and the site footer (phones, ICP numbers) after the last
# paragraph cut.
# `2022化工园区…` names (headline, three in the body: the evaluation, its list and the potential list) carry a year
# without 年 inside a name → no dates. List names `30强` (twice), `10强` are no figures (heldout16's `500强`);
# `5园区` (headline), `5家`, `2家` and `600余家` (approx) are counts.
# Zones: 东营港经济开发区 and 淄博东岳经济开发区 (`…开发区`, GUIDE), each named in full → not coordinated; no primary.
# Not zones: 淄博齐鲁化学工业区 (工业区), 烟台/聊城化工产业园, 济宁新材料产业园区, 青岛董家口化工产业园 (parks).
# No company (中国石油和化学工业联合会 and its 园区委 are an association).
PUBLISHED = "2022-12-29"
PUBLISHED_INFERRED = False
SD = dict(S="山东", K="other", P="2022")
ARTICLES = [A("2022化工园区高质量发展评价结果出炉,山东5园区跻身30强", None)]
ZONES = [Z("东营港经济开发区", ["东营港经济开发区"]), Z("淄博东岳经济开发区", ["淄博东岳经济开发区"])]
ENTERPRISES = []
FIGURES = [
    F("5园区", 5, "园区", kind="count", **SD, M="跻身高质量发展综合评价30强的园区"),
    F("5家", 5, "家", **SD, M="跻身高质量发展综合评价名单30强的园区"),
    F("2家", 2, "家", **SD, M="跻身最具发展潜力化工园区10强的园区"),
    F("600余家", 600, "家", S="全国", K="other", P="2022", M="参评化工园区"),
]
DATES = [D("2022-12-29", "2022-12-29")]
EXCLUDE = ["11:19", "2022化工园区", "2022最具发展潜力化工园区10强", "30强"]
