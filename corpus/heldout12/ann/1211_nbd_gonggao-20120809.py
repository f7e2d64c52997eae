# m.nbd.com.cn (每日经济新闻 mobile), a listed-company announcements digest: editor line, then items each under a
# company kicker line (`一汽轿车`) and a headline line; the kickers are no part of the titles (GUIDE), so four articles
# titled by their headline lines. No printed date line: `9日公告` (four times) with `2012年8月9日` → 2012-08-09
# (published inferred). Cut after the 天山生物 item (the returned text broke off in the 华帝股份 item).
# No zone. Enterprises (short): 一汽轿车, 湖北能源, 创元科技, 江苏苏净 (its subsidiary), 天山生物; `中国环境监测总(北京)`
# a monitoring body. Stock codes (`000800`…) excluded; closing prices (`收盘价8.94元`) are figures (money, the day);
# `PM2.5` (a pollutant's name, in the headline, body and a standard's title) excluded. `约3~6个月` one ranged duration.
# `年产20万辆…的生产能力` a stated capacity (target, heldout8); project sums have no period; `达产年…` figures targets.
PUBLISHED = "2012-08-09"
PUBLISHED_INFERRED = True
D9 = "2012-08-09"
YQ = dict(S="一汽轿车", K="enterprise")
TS = dict(S="天山生物", K="enterprise")
ARTICLES = [A("43亿元对外投资", None), A("澄清页岩气报道失实", None), A("承认研制PM2.5监测仪", None),
            A("实施种羊良种工程建设项目", None)]
ZONES = []
ENTERPRISES = [
    E("一汽轿车", kind="short"), E("湖北能源", kind="short"), E("创元科技", kind="short"),
    E("江苏苏净", kind="short"), E("天山生物", kind="short"),
]
FIGURES = [
    F("43亿元", 4300000000, "元", **YQ, M="对外投资", P=None, T=True),
    F("8.94元", 8.94, "元", **YQ, M="收盘价", P=D9),
    F("43.49亿元", 4349000000, "元", **YQ, M="新能源工厂技术改造项目投资", P=None, T=True),
    F("41.91亿元", 4191000000, "元", **YQ, M="新增建设投资", P=None, T=True),
    F("1.58亿元", 158000000, "元", **YQ, M="铺底流动资金", P=None, T=True),
    F("22个月", 22, "个月", **YQ, M="建设期", P=None, T=True),
    F("13.32%", 13.32, "%", **YQ, M="内部收益率", P=None, T=True),
    F("20万辆", 200000, "辆", **YQ, M="年产轿车生产能力", P=None, T=True),
    F("7.62元", 7.62, "元", S="湖北能源", K="enterprise", M="前收盘价", P="2012-08-08"),
    F("5.6元", 5.6, "元", S="创元科技", K="enterprise", M="收盘价", P=D9),
    F("约3~6个月", 3, "个月", vmax=6, S="江苏苏净", K="enterprise", M="完成整个测试", P=None, T=True),
    F("12.25元", 12.25, "元", **TS, M="收盘价", P=D9),
    F("3688.08万元", 36880800, "元", **TS, M="项目总投资", P=None),
    F("1126.93万元", 11269300, "元", **TS, M="一期工程已投资", P=None),
    F("2561.15万元", 25611500, "元", **TS, M="拟使用超募资金", P=None, T=True),
    F("2955.8万元", 29558000, "元", **TS, M="达产年销售收入", P=None, T=True),
    F("828.4万元", 8284000, "元", **TS, M="年新增利润", P=None, T=True),
]
DATES = [D("9日", D9, inferred=True), D("9日", D9, inferred=True), D("2012年8月9日", D9), D("9日", D9, inferred=True),
         D("9日", D9, inferred=True)]
EXCLUDE = ["000800", "000883", "000551", "300313", "PM2.5"]
