# m.abcjf.cn (copy of a 泰州-area city paper story), Traditional with pinyin readings glued into words (kept as
# stored), printed `2011-10-04`; `瀏覽次數(shù):` (empty counter) and `大中小` (font widget) are furniture. Whole as
# returned (trailing ` |` kept). The city's 開發區 is never named (`市經濟開發區`, bare `開發區`) → no zone, null
# subjects (heldout8); 虹橋工業園區 is a town's park (heldout8's 黄羊工业园区), no zone.
# Companies: 正大化工有限公司 (registered, `正大化工` variant), 新浦化學, 裕廊化工, 聯成, 揚子鑫福造船, 展興實業,
# 方泰超纖革 (short; names printed with pinyin kept as printed, heldout8). `30萬噸燒堿`, `30萬噸VCM` head project
# names (heldout8's `年产6000吨…项目`): no figures. `去年5月份` → 2010-05, `今年6月份` → 2011-06, `9月份` → 2011-09.
PUBLISHED = "2011-10-04"
PUBLISHED_INFERRED = False
Y = 100000000
ARTICLES = [A("重大項目創(chuàng)最好水平 經(jīng)濟增長亮點不斷", None)]
ZONES = []
ENTERPRISES = [
    E("正大化工有限公司", ["正大化工"]),
    E("新浦化學(xué)", kind="short"),
    E("裕廊化工", kind="short"),
    E("聯(lián)成", kind="short"),
    E("揚子鑫福造船", kind="short"),
    E("展興實業(yè)", kind="short"),
    E("方泰超纖革", kind="short"),
]
FIGURES = [
    F("100多萬元", 1000000, "元", S="正大化工有限公司", K="enterprise", M="每天產出", P="2011-10"),
    F("48個", 48, "個", M="已落實的重大項目", P="2011-10"),
    F("244億元", 244*Y, "元", M="總投資", P="2011-10"),
    F("50億元", 50*Y, "元", S="揚子鑫福造船", K="enterprise", M="總投資", P=None),
    F("30億元", 30*Y, "元", S="展興實業(yè)", K="enterprise", M="總投資", P=None),
    F("28億元", 28*Y, "元", S="方泰超纖革", K="enterprise", M="總投資", P=None),
    F("1億美元", Y, "美元", kind="money", M="項目投資門檻", P=None),
    F("23個", 23, "個", M="1億美元以上二三產業項目", P="2011"),
    F("300億元", 300*Y, "元", M="總投資", P="2011"),
]
DATES = [
    D("2011-10-04", "2011-10-04"),
    D("去年5月份", "2010-05", inferred=True),
    D("今年6月份", "2011-06", inferred=True),
    D("9月份", "2011-09", inferred=True),
]
EXCLUDE = ["30萬噸"]
