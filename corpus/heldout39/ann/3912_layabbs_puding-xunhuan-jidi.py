# layabbs.cn (content farm) copy of a 安顺/普定 story, converted to Traditional with glued pinyin readings
# (`循環(huán)`, `項(xiàng)目`); whole as returned, including two photo-caption lines at the end. Published inferred `2012`
# (results `截至2011年底`, `今年力爭…`, `去年底投產`). Title as stored (readings kept). No zone: the 循環經濟工業基地 is
# a county base (GUIDE: …基地 no zone), 黔中經濟區 a region → primary null.
# Companies: 安順電廠, 超宇水泥廠 (plants named as enterprises, short); 普定縣金銘實業有限責任公司 as stored
# (registered; the list's `金銘實業(yè)` its short form); 飛和石材 (short, heading a project in a list with generic
# plants `糧油加工廠`, `充氣站` that are no names); 貴州惠海粉煤灰開發公司 as stored (`…公司` without 有限 → short).
# Figures: headline and body `37個` count twice; `規劃總面積` and this year's construction aims → targets; `噸/日` set
# as a measure by hand; `六個功能區`, `三通一平` no figures. `2萬噸` (the PVC line) and `2萬噸/日` are two figures.
# Dates: `2011年底` and `去年底` (→ 2011-12, inferred).
PUBLISHED = "2012"
PUBLISHED_INFERRED = True
JD = dict(S="普定縣循環經濟工業基地", K="other")
JM = "普定縣金銘實業(yè)有限責(zé)任公司"
HH = "貴州惠海粉煤灰開發(fā)公司"
ARTICLES = [A("普定循環(huán)經(jīng)濟(jì)工業(yè)基地建成企業(yè)項目37個", None)]
ZONES = []
ENTERPRISES = [E("安順電廠", kind="short"), E("超宇水泥廠", kind="short"), E(JM, ["金銘實業(yè)"]),
               E("飛和石材", kind="short"), E(HH, kind="short")]
FIGURES = [
    F("37個", 37, "個", **JD, M="建成企業項目", P="2011-12"),
    F("約28平方公里", 28, "平方公里", **JD, M="規劃總面積", T=True),
    F("53.28億噸", 5328000000, "噸", **JD, M="已探明煤炭儲量"),
    F("37個", 37, "個", **JD, M="建成企業項目", P="2011-12"),
    F("8個", 8, "個", **JD, M="在建企業項目", P="2011-12"),
    F("9家", 9, "家", **JD, M="規模以上企業", P="2011-12"),
    F("28.85億元", 2885000000, "元", **JD, M="全年工業產值", P="2011"),
    F("26.28億元", 2628000000, "元", **JD, M="規模以上企業工業總產值", P="2011"),
    F("63.31%", 63.31, "%", **JD, M="占全縣規模以上企業總產值比重", P="2011"),
    F("2000余人", 2000, "人", **JD, M="解決就業人員", P="2011"),
    F("10余個", 10, "個", **JD, M="正在開展前期工作的項目"),
    F("2萬噸/日", 20000, "噸/日", kind="measure", **JD, M="供水廠規模", P="2012", T=True),
    F("1.5萬噸/日", 15000, "噸/日", kind="measure", **JD, M="污水處理廠規模", P="2012", T=True),
    F("30萬平方米", 300000, "平方米", **JD, M="標準廠房建設", P="2012", T=True),
    F("2萬噸", 20000, "噸", S=JM, K="enterprise", M="PVC型材生產線年產量"),
    F("25萬噸", 250000, "噸", S=HH, K="enterprise", M="年處理電廠廢棄粉煤灰"),
    F("約3000萬元", 30000000, "元", S=HH, K="enterprise", M="年產值"),
]
DATES = [D("2011年底", "2011-12"), D("去年底", "2011-12", inferred=True)]
EXCLUDE = []
