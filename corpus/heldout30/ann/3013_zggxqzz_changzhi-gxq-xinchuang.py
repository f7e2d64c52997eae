# zggxqzz.cn (site of the magazine 《中国高新区》): six menu lines with `[05/29]` dates (no year: menu furniture, no
# dates, no figures) before the headline, an empty byline/keyword line, a `摘要:` that repeats the first paragraph
# (its mentions count again), captions `▲…`. The stored text breaks off in the 新能源 paragraph: cut after the
# caption that follows the 信创 paragraph. No printed date: the newest dated event is 2021 (`2021年6月`, a project
# `当年开工、当年投产`) → published 2021 (inferred).
# Zone: 长治高新区 (printed `山西长治高新区`, province dropped in the canonical as GUIDE's `<place>高新区`); primary.
# Companies (short): 龙芯 (`龙芯国产化CPU生态`, `龙芯信创产业园区`), 联想开天, 神州数码, 卓怡恒通, 量子芯云, 中极氢能
# (heading the caption's `中极氢能产业生态基地`). Not a company: 中关村创客小镇 (a project/park), 国家发改委.
# Dates: `2021年6月` twice (摘要 and body); `2020年度` stands inside the award's name (no date, GUIDE); `(2019、2020年)`
# twice, each a list of two years: one date per year, the first with the list as its text (heldout16's list figure
# convention applied to dates); `2021年2月28日`; `十四五`, `当年` no dates.
# Figures: `12个` twice, `9个`, `10亿多元` (approx), `670台`, `1200余万元` (approx); `百亿级` size class no figure.
PUBLISHED = "2021"
PUBLISHED_INFERRED = True
CZ = "长治高新区"
ZK = dict(S=CZ, K="zone")
ARTICLES = [A("山西长治高新区全方位推动高质量发展", CZ)]
ZONES = [Z(CZ, ["山西长治高新区"])]
ENTERPRISES = [E(n, kind="short") for n in ["中极氢能", "龙芯", "联想开天", "神州数码", "卓怡恒通", "量子芯云"]]
FIGURES = [
    F("12个", 12, "个", **ZK, M="信创上下游项目集中签约落地", P="2021-02-28"),
    F("12个", 12, "个", **ZK, M="信创项目", P=None),
    F("9个", 9, "个", **ZK, M="已落地开工信创项目", P=None),
    F("10亿多元", 1000000000, "元", S="龙芯", K="enterprise", M="信创产业园区投资", P=None),
    F("670台", 670, "台", S="卓怡恒通", K="enterprise", M="国产化电脑订单", P="2021"),
    F("1200余万元", 12000000, "元", S="卓怡恒通", K="enterprise", M="产值", P="2021"),
]
DATES = ([D("2021年6月", "2021-06"), D("2019、2020年", "2019"), D("2020年", "2020")] * 2
         + [D("2021年2月28日", "2021-02-28")])
EXCLUDE = ["05/29", "2020年度"]
