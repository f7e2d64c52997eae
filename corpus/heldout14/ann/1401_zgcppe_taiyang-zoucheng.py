# zgcppe.com (industry portal, 行业新闻 channel), copy of a 邹城发布 report. The channel crumb `行业新闻 » <headline>`
# stores the headline a second time: one title, its figure counts at each occurrence (heldout10's `原标题`). No printed
# date: published 2021-11 inferred from the visit `2021年11月5日下午` (the report's own day is not printed). The
# trailing `返回顶部` widget is cut (after the last complete paragraph).
# No zone (邹城/济宁 are cities; 生物质新材料产业园 is a park/project). Companies: 上海东升新材料有限公司 (registered;
# `上海东升新材料公司` and the bare `上海东升新材料` in the list are its variants), 太阳纸业 (listed company, short),
# 上海兖华新材料 (short). `三家公司` is a small Chinese count. Government offices (商务局, 投促局) are no enterprises.
# Figures: `58.5亿元` four times (crumb, headline, two in the body); the listed `年产100万吨…项目` items are project
# names with capacities, no figures (heldout7/8/10/12); `(1)`…`(4)` list numbers. `约75亿元`/`约3.36亿元` 新增 → change and target.
PUBLISHED = "2021-11"
PUBLISHED_INFERRED = True
P = "生物质新材料产业园"
PK = dict(S=P, K="other")
ARTICLES = [A("太阳纸业等三家公司计划投资58.5亿元在邹城建生物质新材料产业园", None)]
ZONES = []
ENTERPRISES = [
    E("上海东升新材料有限公司", ["上海东升新材料公司", "上海东升新材料"]),
    E("太阳纸业", kind="short"),
    E("上海兖华新材料", kind="short"),
]
FIGURES = [
    F("58.5亿元", 5850000000, "元", **PK, M="计划投资", P=None, T=True),
    F("58.5亿元", 5850000000, "元", **PK, M="计划投资", P=None, T=True),
    F("58.5亿元", 5850000000, "元", **PK, M="投资", P=None, T=True),
    F("58.5亿元", 5850000000, "元", **PK, M="项目总投资", P=None, T=True),
    F("约911亩", 911, "亩", **PK, M="新增占地", P=None, T=True),
    F("约75亿元", 7500000000, "元", **PK, M="新增销售收入", P=None, C=True, T=True),
    F("约3.36亿元", 336000000, "元", **PK, M="新增税收", P=None, C=True, T=True),
]
DATES = [D("2021年11月5日", "2021-11-05")]
EXCLUDE = ["(1)", "(2)", "(3)", "(4)", "年产100万吨", "年产42万吨", "280吨", "10万吨", "年产6万吨", "9.5万吨",
           "年产4.5万吨", "60万吨"]
