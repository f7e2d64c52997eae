# bbs.ybvv.com (宜宾零距离, a city forum) repost of a 经济日报 story, posted `2022-12-22 10:49`; forum furniture
# (login line, board menu, `查看: 10687|回复: 2`, `[复制链接]`, `楼主`, image captions) kept; whole as returned (ends on a
# complete paragraph). Title without the board tag `[宜宾发布]`; the quoted 《四川宜宾抓实产业促升级》 is the print
# headline named in the editor's note, not a second article.
# Zone: 宜宾高新区 (not primary: the story is about the city). Companies: 英发德耀科技有限公司 (registered), 中材锂膜 and
# 四川铭丰电子 heading project names (short), 天原集团 (group). Capacities inside project names are no figures
# (`…西南基地10亿平方米电池隔膜`, `10万吨铜箔`, `10万吨磷酸铁锂正极材料`, heldout10/40); the stated capacity
# `年产20GW电池片` is (target, GW set as measure). `四五千万元` is a Chinese-numeral range with a scale word
# (40–50 million, target: 投产后每天); `5个月` is a duration in months (figure). `前9个月` and `1月份至10月份` are dated
# spans of 2022 (no figures).
PUBLISHED = "2022-12-22"
PUBLISHED_INFERRED = False
YB = dict(S="宜宾市", K="other")
YF = dict(S="英发德耀科技有限公司", K="enterprise")
SEP = ("2022-01", "2022-09")
ARTICLES = [A("优质项目推进稳 数字经济势头旺 四川宜宾抓实产业促升级", None)]
ZONES = [Z("宜宾高新区", ["宜宾高新区"])]
ENTERPRISES = [E("英发德耀科技有限公司"), E("中材锂膜", kind="short"), E("四川铭丰电子", kind="short"),
               E("天原集团", kind="group")]
FIGURES = [
    F("385个", 385, "个", **YB, M="重点项目", P=SEP),
    F("770多亿元", 77000000000, "元", **YB, M="重点项目完成投资", P=SEP),
    F("102个", 102, "个", **YB, M="开工建设项目", P=SEP),
    F("110亿元", 11000000000, "元", **YF, M="项目总投资", P=None),
    F("20GW", 20, "GW", kind="measure", **YF, M="电池片年产能", P=None, T=True),
    F("四五千万元", 40000000, "元", vmax=50000000, **YF, M="投产后每天产值", P=None, T=True),
    F("5个月", 5, "个月", **YF, M="项目开工到投产用时", P=None),
]
DATES = [D("2022-12-22", "2022-12-22"), D("12月21日", "2022-12-21", inferred=True),
         D("1月份至10月份", "2022-01", "2022-10", inferred=True), D("前9个月", "2022-01", "2022-09", inferred=True)]
EXCLUDE = ["10687", "回复: 2", "10:49", "10亿平方米", "10万吨"]
