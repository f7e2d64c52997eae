# haixiafeng.com.cn (海峡风网, Fujian portal), ceremony report; headline first; the date/source line after the body
# (`2020-08-21 13:55:06 来源:海峡风 编辑:bj001`; clock and editor id no figures) is the article's own and kept → published 2020-08-21;
# the share widgets and licence footer after it cut. No zone (an industrial park; 闽东北协同发展区 is no GUIDE zone form).
# Companies, all named by short forms: 省国资公司, 宁德海丝公司, 福建建工集团工程公司 (`…公司` → short, heldout16) and the
# groups 省建工集团, 宁德交投集团 (`…集团` → group). `约` before a figure is kept in its text (approx). `建设期约6年` is a
# duration in 年 and `百亿产业链` a size class: no figures. Project figures take the project as subject (other).
PUBLISHED = "2020-08-21"
PUBLISHED_INFERRED = False
DH = dict(S="大黄鱼产业园项目", K="other")
ARTICLES = [A("中国宁德三都澳大黄鱼产业园举行奠基仪式", None)]
ZONES = []
ENTERPRISES = [E("省国资公司", kind="short"), E("省建工集团", kind="group"), E("宁德海丝公司", kind="short"),
               E("福建建工集团工程公司", kind="short"), E("宁德交投集团", kind="group")]
FIGURES = [
    F("80余人", 80, "人", S="奠基仪式", K="other", M="参加人数", P="2020-08-18"),
    F("约869.21亩", 869.21, "亩", **DH, M="建设用地总面积"),
    F("约48亿元", 4800000000, "元", **DH, M="总投资"),
    F("约91万平方米", 910000, "平方米", **DH, M="建筑总面积"),
]
DATES = [D("2020年8月18日", "2020-08-18"), D("2020-08-21", "2020-08-21")]
EXCLUDE = ["13:55:06", "约6年", "bj001"]
