# sutuwang.net (aggregator; story filed under the wrong channel `出行`) carrying a 新疆网 (provincial portal) story;
# crumb line, series tag `【强信心 起好步 开新局】` before the headline (no part of the title), source/time line (printed
# `2023-05-08`, published; clock no figure) and `(资料图片仅供参考)` kept. The stored text breaks off in the second-line
# paragraph (`第二条生产线主要生产48K`): cut after the 隆炬 paragraph.
# Dates: `5月3日` (year from the printed date), `一季度` three times (→ 2023-01..2023-03, heldout16 1618).
# Zone: none. Enterprises: five registered names; `新业集团` is plainly the group just named in full
# (新疆新业国有资产经营(集团)有限责任公司, variant), `新业能化` the short name of 新疆新业能源化工有限责任公司, `新疆隆炬`
# of 新疆隆炬新材料有限公司 (`该公司`). 自治区工业和信息化厅 is government.
# Figures: `近九成` → 90 % approx (heldout16 `X成`). Capacities inside project names are no figures (GUIDE `6英寸晶圆…项目`):
# `12万吨电池级碳酸锂(一期6万吨)`, `30万吨1,4-丁二醇(BDO)` (1,4- is part of a chemical name), `一期4万吨/年聚甲醛项目`,
# `年产5万吨高性能碳纤维项目`; `48K`, `24K` are product grades (as `8K`). `7吨—8吨` is a range (7..8 吨).
# `八大产业集群`, `第二家` are no figures.
PUBLISHED = "2023-05-08"
PUBLISHED_INFERRED = False
XJ = dict(S="新疆", K="other")
Q1 = ("2023-01", "2023-03")
LJ = "新疆隆炬新材料有限公司"
ARTICLES = [A("新疆“八大产业集群”建设势头正旺 重大项目全面铺开", None)]
ZONES = []
ENTERPRISES = [E("新疆志存新能源材料有限公司"), E("新疆中泰金晖科技有限公司"),
               E("新疆新业国有资产经营(集团)有限责任公司", ["新业集团"]), E("新疆新业能源化工有限责任公司", ["新业能化"]),
               E(LJ, ["新疆隆炬"])]
FIGURES = [
    F("27.4%", 27.4, "%", **XJ, M="工业投资同比增长", P=Q1, C=True),
    F("近九成", 90, "%", **XJ, M="重大工业项目实现开(复)工", P=Q1),
    F("50项", 50, "项", **XJ, M="自治区重大工业项目", P="2023"),
    F("43个", 43, "个", **XJ, M="已开(复)工重大工业项目", P=Q1),
    F("86%", 86, "%", **XJ, M="开(复)工率", P=Q1),
    F("9.3亿元", 930000000, "元", S=LJ, K="enterprise", M="碳纤维项目一期投资", P=None),
    F("7吨—8吨", 7, "吨", vmax=8, S=LJ, K="enterprise", M="首条生产线日产量", P=None),
]
DATES = [D("2023-05-08", "2023-05-08"), D("5月3日", "2023-05-03", inferred=True)] + \
        [D("一季度", "2023-01", "2023-03", inferred=True)] * 3
EXCLUDE = ["09:59:52", "12万吨电池级碳酸锂(一期6万吨)", "30万吨1,4-丁二醇", "4万吨/年聚甲醛项目", "48K",
           "年产5万吨高性能碳纤维项目", "24K"]
