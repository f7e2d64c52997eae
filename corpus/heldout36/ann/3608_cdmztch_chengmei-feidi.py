# cdmztch.com (a company's site, news channel) repost of a WeChat-style piece: headline, printed `2021-07-15
# 15:47:54` (clock no figure), a three-line lead in broken lines, section heads. The stored text breaks off in the
# paragraph after the 2019/2021 companies (`…昊阳国际等标准`): cut after the companies' paragraph (so 格林泰科, 德峰药业,
# 森科制药 and the `71个` projects fall in the cut tail). Title: the whole headline line (main title and its
# `——` subtitle are one printed line).
# Zone: 眉山经济开发区新区 (…开发区), also `眉山经开新区`; primary (the only zone; the 飞地 project is built there).
# Not zones: 成眉同城大健康产业先行示范园 (示范园, not 示范区), 华西大健康产业功能区 (功能区), districts.
# Companies: 鲁徽制药 (short, the firm brought in), 四川诺唯德制药有限公司 (its investor), 成都恒瑞制药有限公司 (registered).
# `1+1>2` is a slogan (no figure); `两期` a small Chinese count. Dates: `2020年12月29日`, `2019年`, `2021年`;
# `去年以来` no calendar value.
PUBLISHED = "2021-07-15"
PUBLISHED_INFERRED = False
MS = "眉山经济开发区新区"
ARTICLES = [A("成都都市圈产业融合发展走深走实——飞地园区 成德眉资产业合作新突破", MS)]
ZONES = [Z(MS, ["眉山经济开发区新区", "眉山经开新区"])]
ENTERPRISES = [E("鲁徽制药", kind="short"), E("四川诺唯德制药有限公司"), E("成都恒瑞制药有限公司")]
FIGURES = [
    F("6亿元", 600000000, "元", S="四川诺唯德制药有限公司", K="enterprise", M="在眉山投资", P="2019"),
]
DATES = [D("2021-07-15", "2021-07-15"), D("2020年12月29日", "2020-12-29"), D("2019年", "2019"), D("2021年", "2021")]
EXCLUDE = ["15:47:54", "1+1>2"]
