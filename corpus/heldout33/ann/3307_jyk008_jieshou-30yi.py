# m.jyk008.com (a gambling site's content page) carrying a spun copy of a 界首 story (synonym-swapped wording kept as
# stored: `集中于动工`, `较慢发展`, `超强亿元`, `年产值亿105元`); the headline line ends with the site's spam tag
# `【凯发·k8(国际) - 官方网站·一触即发】` (no part of the title, like heldout16's column tags). The closing
# `本文来源:…www.jyk008.com` footer line cut. No printed date: `3月6日` takes the year from `该市2015年工业经济`
# (inferred) → published 2015-03 (inferred).
# Zone: `该市经开区` = 界首经济开发区 (provincial 经开区) → canonical `界首经开区`, variant `经开区`; the article's projects
# sit in it and five 产业园 (parks, no zones) → primary zone null (several venues equally).
# Company: 华鑫塑业 (heading the project `华鑫塑业技改工程`, heldout10/16) → short. `凯发·k8` is the site's brand tag.
# Figures: `十二个项目`, `五个产业园` small Chinese counts (no figure); `年产 1300条(套)` keeps the stored space out of
# its text; the garbled `年产值亿105元` gives the figure `105元` as printed (the stray 亿 stands before the digits, so
# no scale applies by GUIDE's letter). Facts: subject 界首市 for the totals, the company for its own project; the
# start day 2015-03-06 for investments; `可实现`/`获取` outputs → target, no period.
PUBLISHED = "2015-03"
PUBLISHED_INFERRED = True
JS = dict(S="界首市", K="other")
D6 = "2015-03-06"
ARTICLES = [A("界首投资近30亿元开工建设再生金属等项目", None)]
ZONES = [Z("界首经开区", ["经开区"])]
ENTERPRISES = [E("华鑫塑业", kind="short")]
FIGURES = [
    F("近30亿元", 3000000000, "元", **JS, M="开工建设项目投资", P=D6),
    F("29.85亿元", 2985000000, "元", **JS, M="十二个项目总投资", P=D6),
    F("2亿元", 200000000, "元", S="华鑫塑业", K="enterprise", M="技改工程总投资", P=D6),
    F("8亿元", 800000000, "元", **JS, M="出口企业培育基地投资", P=D6),
    F("1.2亿元", 120000000, "元", **JS, M="高智能家俬货柜生产项目投资", P=D6),
    F("1300条", 1300, "条", **JS, M="高智能家俬货柜年产", T=True),
    F("2.5亿元", 250000000, "元", **JS, M="锂电隔膜生产项目投资", P=D6),
    F("9000万平米", 90000000, "平米", **JS, M="锂电隔膜年产", T=True),
    F("3.5亿元", 350000000, "元", **JS, M="新型粮食仓储设备项目投资", P=D6),
    F("10000台", 10000, "台", **JS, M="新型粮食仓储设备年产", T=True),
    F("2.6亿元", 260000000, "元", **JS, M="小机械产业园投资", P=D6),
    F("10个", 10, "个", **JS, M="亿元以上项目", P=D6),
    F("83%", 83, "%", **JS, M="亿元以上项目占总项目量", P=D6),
    F("105元", 105, "元", **JS, M="年产值", T=True),
    F("4.2亿元", 420000000, "元", **JS, M="税收", T=True),
    F("近1.4万个", 14000, "个", **JS, M="岗位", T=True),
]
DATES = [D("3月6日", D6, inferred=True), D("2015年", "2015")]
EXCLUDE = ["k8"]
