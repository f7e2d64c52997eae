# ilohas.net.cn (a company's own site, `企業新聞` section; the section name and a leading blank line kept) news of
# 江西展宇新能源股份有限公司, Traditional; whole as returned. No date printed. The headline's `2018年度` (the year under
# inspection) is a date (GUIDE `2021年度`); the inspection of 2018 takes place early the next year, so `2月18日` →
# 2019-02-18 and published 2019-02-18 (inferred, judgment call). `2016年底` → 2016-12, `2021年前` → 2021. Zone:
# 上饒經開區 (primary: the inspection of the zone, of which the company's project is one stop). Company:
# 江西展宇新能源股份有限公司 (registered; `展宇新能` variant). `七個巡查點` a small Chinese count, no figure; `PERC`, `MTC`
# none. `計劃2021年前完成投資36億元` and the revenue after completion (建成后將) are targets; the project's land, floor
# area and investment split are levels.
PUBLISHED = "2019-02-18"
PUBLISHED_INFERRED = True
SR = "上饒經開區"
ZY = dict(S="江西展宇新能源股份有限公司", K="enterprise")
ARTICLES = [A("展宇新能接受2018年度上饒經濟社會發展和黨的建設情況巡查", SR)]
ZONES = [Z(SR, [SR])]
ENTERPRISES = [E("江西展宇新能源股份有限公司", ["展宇新能"])]
FIGURES = [
    F("36億元", 3600000000, "元", **ZY, M="雙倍增項目計劃完成投資", P="2021", T=True),
    F("500畝", 500, "畝", **ZY, M="項目占地"),
    F("約30萬㎡", 300000, "㎡", kind="measure", **ZY, M="新增建築面積"),
    F("32億元", 3200000000, "元", **ZY, M="固定資產投資"),
    F("4億元", 400000000, "元", **ZY, M="流動資金"),
    F("50億元", 5000000000, "元", **ZY, M="新增主營收入", T=True),
]
DATES = [D("2018年度", "2018"), D("2月18日", "2019-02-18", inferred=True), D("2016年底", "2016-12"),
         D("2021年前", "2021")]
EXCLUDE = []
