# weifang.sdnews.com.cn (鲁网, provincial news portal, 潍坊 channel), county news; printed `2024-02-23 14:44:44` (clock
# no figure) → published 2024-02-23. The stored text breaks off in the `热火朝…` paragraph: cut after the one before.
# Title: the series label `新春启新程丨` is no part of it (GUIDE: not the series tag). No zone (临朐县 a county, 辛寨街道
# a subdistrict). Company: 山东祺月集团有限公司 (registered); `山东祺月集团` (twice) is plainly the same company's group
# name → variant (heldout16's 宏致集团). Dates: `2024年` inside the event name `“唯实惟先更好临朐”2024年高质量发展大会`
# is no date by GUIDE's letter (event name); the other two `2024年` are (count note in README). `第一季度` → 2024-01..03
# (as heldout16's `一季度`, inferred). Bare `去年`, `新年` no dates. `第一季度订单量同比增长45%` is a change in Q1 2024;
# `60余款`, `20%以上` are the company's 2024 forecasts (预计 → target).
PUBLISHED = "2024-02-23"
PUBLISHED_INFERRED = False
QY = "山东祺月集团有限公司"
QK = dict(S=QY, K="enterprise")
ARTICLES = [A("临朐:擂鼓再出征", None)]
ZONES = []
ENTERPRISES = [E(QY, ["山东祺月集团"])]
FIGURES = [
    F("710余名", 710, "名", **QK, M="工人", P="2024-02"),
    F("10个", 10, "个", **QK, M="满负荷生产车间", P="2024-02"),
    F("45%", 45, "%", **QK, M="订单量同比增长", P=("2024-01", "2024-03"), C=True),
    F("95%以上", 95, "%", **QK, M="出口份额"),
    F("100多个", 100, "个", **QK, M="销往国家和地区"),
    F("60余款", 60, "款", **QK, M="研发童车新产品", P="2024", T=True),
    F("20%以上", 20, "%", **QK, M="总产值较去年增长", P="2024", C=True, T=True),
]
DATES = [D("2024-02-23", "2024-02-23"), D("2月23日", "2024-02-23", inferred=True), D("2月17日", "2024-02-17", inferred=True),
         D("第一季度", "2024-01", "2024-03", inferred=True), D("2024年", "2024"), D("2024年", "2024")]
EXCLUDE = ["14:44:44", "“唯实惟先更好临朐”2024年高质量发展大会"]
