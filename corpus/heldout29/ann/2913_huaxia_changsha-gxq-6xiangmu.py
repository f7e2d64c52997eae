# gd.huaxia.com (华夏经纬网, Taiwan-affairs portal, 项目推介 column) copy of a 长沙晚报 item; crumbs kept, the 台办 contact
# block and copyright after the body cut. Printed `发布时间:2016-06-29` (clock excluded). GUIDE's letter: `昨日` is a
# calendar day → 2016-06-28 (year inferred; the brief's 前日/昨晚 forms); `今年底` → 2016-12 (as `2020年底`); `今年`
# alone no date. Zones: the bare `高新区` of 长沙 (麓谷) → canonical `长沙高新区` (primary); 湖南湘江新区 (…新区, named in
# an official's title). Companies heading the six started projects, plainly companies (`海利锂电计划…`, `妙盛电源…该公司`):
# 海利锂电, 益达医药, 美媛本草, 元众软件, 妙盛电源, 亚鲁特幕墙门窗 (short). `6大产业项目` (headline): an Arabic-digit count →
# figure 6, no unit printed (""); `万吨级` a size class. `预计`/`将`/`可实现` → targets.
PUBLISHED = "2016-06-29"
PUBLISHED_INFERRED = False
CS = "长沙高新区"
Q = dict(S=CS, K="zone")
ARTICLES = [A("高新区6大产业项目集中开工", CS)]
ZONES = [Z(CS, ["高新区"]), Z("湖南湘江新区", ["湖南湘江新区"])]
ENTERPRISES = [E(n, kind="short") for n in ["海利锂电", "益达医药", "美媛本草", "元众软件", "妙盛电源", "亚鲁特幕墙门窗"]]
FIGURES = [
    F("6大", 6, "", kind="count", **Q, M="集中开工产业项目", P="2016-06-28"),
    F("6个", 6, "个", **Q, M="集中开工产业项目", P="2016-06-28"),
    F("30亿元", 3000000000, "元", **Q, M="开工项目总投资", P="2016-06-28", T=True),
    F("6个", 6, "个", **Q, M="集中开工产业项目", P="2016-06-28"),
    F("30亿元", 3000000000, "元", **Q, M="开工项目总投资", P="2016-06-28", T=True),
    F("60亿元", 6000000000, "元", **Q, M="达产后产值", T=True),
    F("15个", 15, "个", **Q, M="新开工产业项目", P="2016"),
    F("72.25亿元", 7225000000, "元", **Q, M="项目总投资完成", P="2016"),
    F("6.48亿元", 648000000, "元", S="海利锂电", K="enterprise", M="年销售收入", T=True),
    F("10亿元", 1000000000, "元", S="妙盛电源", K="enterprise", M="锂电池电源生产基地投资", T=True),
]
DATES = [D("2016-06-29", "2016-06-29"), D("昨日", "2016-06-28", inferred=True), D("今年底", "2016-12", inferred=True)]
EXCLUDE = ["08:57:39"]
