# funxun.com (房讯网, real-estate portal): `广告` line before the headline, then the site's URL glued to its name and
# the printed `2020-11-17 11:11:27` (clock no figure), `分享到:` and a `[提要]` lead repeating the first paragraph
# (its figure and date count again). The stored text breaks off in the closing paragraph: cut after the one before.
# No zone: 中德产业园 and its `三期开发区块` are a park and a plot; 飞地产业园 a park. Company: 九庆产业投资有限责任公司
# (registered; its fuller `嘉善九庆…` form fell in the cut tail). Figures: every Arabic quantity, including the
# building's `3层` (storeys), `1幢`, `7幢`, `6幢` (`幢`, `层` counts set by hand) and `3期` (number of phases);
# `三期`, `一期`, `二期` are ordinals, `两年时间` a duration in 年. Dates: `11月16日` twice → 2020 (from the printed
# date, inferred); `2018年5月`, then `7月`, `9月`, `11月8日` in the same sentence → 2018 (inferred);
# `2019年12月2日`. `2.76亿元` is a budget (概算): target. The park's stock figures take the opening month.
PUBLISHED = "2020-11-17"
PUBLISHED_INFERRED = False
FD = dict(S="“嘉善—庆元—九寨沟”飞地产业园", K="other")
D16 = "2020-11-16"
ARTICLES = [A("嘉兴:全省首个跨省“飞地产业园” 嘉善开园", None)]
ZONES = []
ENTERPRISES = [E("九庆产业投资有限责任公司")]
FIGURES = [
    F("6家", 6, "家", **FD, M="首批入驻企业", P=D16),
    F("6家", 6, "家", **FD, M="首批入驻企业", P=D16),
    F("73.63亩", 73.63, "亩", **FD, M="总用地面积", P=None),
    F("7.06万平方米", 70600, "平方米", **FD, M="建筑面积", P=None),
    F("2.76亿元", 276000000, "元", **FD, M="项目概算投资", P=None, T=True),
    F("1幢", 1, "幢", kind="count", **FD, M="办公楼、综合楼", P=None),
    F("3层", 3, "层", kind="count", **FD, M="独栋标准厂房层数", P=None),
    F("7幢", 7, "幢", kind="count", **FD, M="独栋标准厂房", P=None),
    F("3期", 3, "期", kind="count", **FD, M="分期建设", P=None),
    F("6幢", 6, "幢", kind="count", **FD, M="建成厂房", P="2020-11"),
    F("90%", 90, "%", **FD, M="二期综合楼累计完成工程量", P="2020-11"),
]
DATES = [D("2020-11-17", "2020-11-17"), D("11月16日", D16, inferred=True), D("11月16日", D16, inferred=True),
         D("2018年5月", "2018-05"), D("7月", "2018-07", inferred=True), D("9月", "2018-09", inferred=True),
         D("11月8日", "2018-11-08", inferred=True), D("2019年12月2日", "2019-12-02")]
EXCLUDE = ["11:11:27"]
