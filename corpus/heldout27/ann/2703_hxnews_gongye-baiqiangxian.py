# dzb.hxnews.com (海都报 e-paper, page `第Y01版:要闻`): the page's furniture kept — 上一版/下一版 and 上一篇/下一篇 rows whose
# arrows are stored as the digits `3`/`4` (navigation glyphs, no figures: excluded), the edition's headline menu (eight
# headlines), `新闻搜索`, the date row `2016年9月3日 放大 缩小 默认`. Whole as returned. Published 2016-09-03 (printed).
# Title: the article shown (`我省7县(市)入围全国工业百强`, also in the menu: one title); the other menu lines are other
# articles' headlines with no text on this page, no titles here.
# Enterprises (GUIDE's letter: companies named on the page, the menu included): 民生银行 (a bank, short), 中建 (short),
# 苏宁集团 (group). 中国信息通信研究院 is an institute. No zone: 昆山 `拥有国家级经济技术开发区、国家级高新技术产业开发区`
# names no zone (bare kinds, no place before the zone word).
# Figures: `7县` (menu, headline, body: 3×); ranks `第5位`…`第83位`, `第一位`, `前十`, `前四` and the list numbers
# `1.`…`10.` are no figures. Dates: the years inside `《2016年中国工业百强县(市)发展报告》` and `《2015年中国工业发展
# 报告》` are no dates (document names); bare `今年` (今年发布的) → 2016 and `明年` (menu: 明年动建) → 2017 are calendar
# years (year inferred; as `去年` in 2704). Facts: period 2016 (this year's list).
PUBLISHED = "2016-09-03"
PUBLISHED_INFERRED = False
ARTICLES = [A("我省7县(市)入围全国工业百强", None)]
ZONES = []
ENTERPRISES = [E("民生银行", kind="short"), E("中建", kind="short"), E("苏宁集团", kind="group")]
FJ = dict(S="福建", K="other", M="入围全国工业百强县(市)", P="2016")
FIGURES = [
    F("7县", 7, "县", kind="count", **FJ),
    F("7县", 7, "县", kind="count", **FJ),
    F("7县", 7, "县", kind="count", **FJ),
    F("18个", 18, "个", S="全国工业百强县(市)", K="other", M="分布省份", P="2016"),
    F("22个", 22, "个", S="山东", K="other", M="入围县(市)", P="2016"),
    F("28项", 28, "项", S="中国工业百强县(市)发展报告", K="other", M="排名指标"),
]
DATES = [D("明年", "2017", inferred=True), D("2016年9月3日", "2016-09-03"), D("今年", "2016", inferred=True)]
EXCLUDE = ["第Y01版", "3上一版  下一版4", "3上一期", "3上一篇  下一篇4", "《2016年中国工业百强县(市)发展报告》",
           "《2015年中国工业发展报告》", "第5位", "第27位", "第46位", "第52位", "第55位", "第57位", "第83位",
           "1.江苏", "2.江苏", "3.江苏", "4.江苏", "5.福建", "6.内蒙古", "7.山东", "8.江苏", "9.浙江", "10.山东"]
