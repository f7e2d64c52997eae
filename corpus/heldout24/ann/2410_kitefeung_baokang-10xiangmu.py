# kitefeung.com (local aggregator, `保康信息` channel) copy of a 保康 story; crumbs and the printed
# `2019-09-21 03:00` kept (published; clock no figure); the stored text breaks off in the `张世伟强调` paragraph: cut
# after the `张世伟指出` one. `7月21日` → 2019 (inferred). `十个`, `五个` small Chinese counts: no figures.
# No zone: 余家湖保康工业园 / 保康余家湖工业园区 is a county's park (GUIDE counts city-rank …工业园区 only).
# Companies: 红泰公司 and 丰利公司 (`…公司` without 有限 → short, heldout9/10/16); companies heading project names are
# short entries (heldout10/16): 攀源 (建筑防水材料项目), 亿佳诚 (节能科技项目), 金晶格林 (特种玻璃制造项目),
# 凯裕 (机械制造项目). 后坪滑雪场, 锦绣龙坪避暑山庄, 马良磷矿物流园 are places/projects, no entries.
# Signing/start/completion totals take the ceremony day; `年度计划投资` is a plan (target).
PUBLISHED = "2019-09-21"
PUBLISHED_INFERRED = False
D21 = "2019-07-21"
BK = dict(S="保康", K="other", P=D21)
ARTICLES = [A("保康举行十个项目集中签约开工竣工仪式", None)]
ZONES = []
ENTERPRISES = [E("攀源", kind="short"), E("红泰公司", kind="short"), E("丰利公司", kind="short"),
               E("亿佳诚", kind="short"), E("金晶格林", kind="short"), E("凯裕", kind="short")]
FIGURES = [
    F("5个", 5, "个", **BK, M="签约项目"),
    F("6.5亿元", 650000000, "元", **BK, M="签约项目总投资"),
    F("2个", 2, "个", **BK, M="开工项目"),
    F("2亿元", 200000000, "元", **BK, M="开工项目总投资"),
    F("1.4亿元", 140000000, "元", S="保康", K="other", P="2019", M="开工项目年度计划投资", T=True),
    F("3个", 3, "个", **BK, M="竣工项目"),
    F("8.7亿元", 870000000, "元", **BK, M="竣工项目总投资"),
]
DATES = [D("2019-09-21", "2019-09-21"), D("7月21日", D21, inferred=True)]
EXCLUDE = ["03:00"]
