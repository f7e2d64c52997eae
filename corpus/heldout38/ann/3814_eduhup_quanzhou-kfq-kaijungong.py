# eduhup.com.cn (content farm) copy of a 泉州网 item in Traditional with glued pinyin readings; its only headline is the
# opening `原標題:` line, whose text (label excluded) is the title (heldout37 NEW); the caption line after it kept. The
# stored text breaks off mid-paragraph: cut after the last complete paragraph (the 澳都/杰耀 paragraph, with
# 泉州澳都制衣有限公司, fell in the cut tail). Published 2019-04-29 (inferred: the dateline `4月29日訊` with the year of
# `2019年第二季度`); `昨日` dates the event 2019-04-28 (no dated mention); `2019年第二季度` (twice) → 2019-04..2019-06,
# `2018年7月`. Zone: 泉州開發區 (canonical without readings; variants as stored `泉州開發(fā)區(qū)` and bare `開發(fā)區(qū)`;
# primary). Companies heading project names (short, heldout10/16): 天際汽車 (`天際新能源汽車` variant), 澳都服裝,
# 萬龍金剛石, 杰耀鞋業(yè) (as stored). The school is none. Capacities of the car plant (`設計年產2萬輛`, `將達到6萬輛`) are
# targets; its investment, land and floor area levels.
PUBLISHED = "2019-04-29"
PUBLISHED_INFERRED = True
QZ = "泉州開發區"
TJ = dict(S="天際汽車", K="enterprise")
EV = dict(S=QZ, K="zone", P="2019-04-28")
ARTICLES = [A("泉州開發(fā)區(qū)一批 重點項目集中開(竣)工總投資超40億元", QZ)]
ZONES = [Z(QZ, ["泉州開發(fā)區(qū)", "開發(fā)區(qū)"])]
ENTERPRISES = [E("天際汽車", ["天際新能源汽車"], kind="short"), E("澳都服裝", kind="short"),
               E("萬龍金剛石", kind="short"), E("杰耀鞋業(yè)", kind="short")]
FIGURES = [
    F("超40億元", 4000000000, "元", **EV, M="重點項目總投資"),
    F("5個", 5, "個", **EV, M="集中開竣工項目"),
    F("3個", 3, "個", **EV, M="開工項目"),
    F("2個", 2, "個", **EV, M="竣工項目"),
    F("超40億元", 4000000000, "元", **EV, M="重點項目總投資"),
    F("5個", 5, "個", **EV, M="開竣工項目"),
    F("32.63億元", 3263000000, "元", **TJ, M="項目總投資"),
    F("約530畝", 530, "畝", **TJ, M="項目占地"),
    F("230.6畝", 230.6, "畝", **TJ, M="一期項目占地"),
    F("約13.59億元", 1359000000, "元", **TJ, M="一期投資"),
    F("約9.35萬平方米", 93500, "平方米", **TJ, M="一期建筑面積"),
    F("2萬輛", 20000, "輛", **TJ, M="一期設計年產SUV乘用車", T=True),
    F("6萬輛", 60000, "輛", **TJ, M="乘用車整車年產能", T=True),
]
DATES = [D("2019年第二季度", "2019-04", "2019-06"), D("4月29日", "2019-04-29", inferred=True),
         D("2019年第二季度", "2019-04", "2019-06"), D("2018年7月", "2018-07")]
EXCLUDE = []
