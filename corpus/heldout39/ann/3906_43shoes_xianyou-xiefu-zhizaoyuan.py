# news.43shoes.com (shoe-industry portal), headline, printed `发布时间:2025-08-29 15:43` (clock no figure) and its
# counter `浏览量:1` (no figure) kept; a stray section number `1` before the subhead `政务护航:高效服务赋能` (list
# numbering, no figure). The stored text broke off in the 面对鞋业智造 paragraph; cut after the last complete one.
# Zone: 仙游经济开发区 (…经济开发区; the project's site, the one zone the article is about → primary).
# Companies: 福建省中科玮创实业有限公司 (registered; `中科玮创` its short form, also heading `中科玮创项目`),
# 歌士玮集团 (group, its parent). Headline and body `23亿元` count twice. `莆田千亿鞋服产业集群` a size class (no
# figure); `五证同发`/`五优服务` slogans. Dates: `9月` → 2025-09, `今年底` → 2025-12 (a month of this year, as GUIDE's
# `今年2月`; judgment call), `去年7月` → 2024-07.
PUBLISHED = "2025-08-29"
PUBLISHED_INFERRED = False
XZ = "仙游经济开发区"
ZW = "福建省中科玮创实业有限公司"
CO = dict(S=ZW, K="enterprise")
ARTICLES = [A("政企“双向奔赴”:23亿元打造鞋服智造园", XZ)]
ZONES = [Z(XZ, [XZ])]
ENTERPRISES = [E(ZW, ["中科玮创"]), E("歌士玮集团", kind="group")]
FIGURES = [
    F("23亿元", 2300000000, "元", **CO, M="投资"),
    F("200多名", 200, "名", **CO, M="建设者", P="2025-08"),
    F("23亿元", 2300000000, "元", **CO, M="投资"),
    F("2%", 2, "%", **CO, M="省级技改贴息"),
    F("7000万元", 70000000, "元", **CO, M="省级技改贴息贷款"),
    F("20多个", 20, "个", S="仙游县", K="other", M="整合关键要素"),
]
DATES = [D("2025-08-29", "2025-08-29"), D("9月", "2025-09", inferred=True), D("今年底", "2025-12", inferred=True),
         D("去年7月", "2024-07", inferred=True)]
EXCLUDE = ["15:43", "浏览量:1", "1\n政务护航"]
