# net.cfenews.com (finance/lifestyle portal) copy of a 新华社 wire: channel menus, crumbs, the headline line
# `焦点播报:(经济)国家级经开区发展总体实现稳中提质` whose clickbait prefix `焦点播报:` and column tag `(经济)` are no part
# of the title (heldout16's `焦点消息!`), the source line `发布时间: 2023-01-13 20:19:22` (clock no figure) →
# published 2023-01-13, `+|-` widget, `(资料图片)`. The stored text breaks off in the 协调发展 paragraph: cut after the
# 绿色发展 one. `1月13日`, `13日` → 2023-01-13 (year inferred).
# `2021年度综合发展水平情况` is the year evaluated (a dated mention, GUIDE's `2021年度`), not a round's name; `2021年`
# three times; `截至2021年末` twice → 2021-12.
# No named zone (`国家级经开区` is the class), no company (商务部 a ministry). Thresholds `30亿元以上`, `15亿元以上`
# (approx) are figures; `1.04万家`, `5.03万家` with 万. Subject: the printed class `国家级经开区` (other).
PUBLISHED = "2023-01-13"
PUBLISHED_INFERRED = False
JK = dict(S="国家级经开区", K="other")
ARTICLES = [A("国家级经开区发展总体实现稳中提质", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("217家", 217, "家", **JK, M="参加考核评价的国家级经开区", P="2021"),
    F("12.8万亿元", 12800000000000, "元", **JK, M="地区生产总值", P="2021"),
    F("11%", 11, "%", **JK, M="占国内生产总值比重", P="2021"),
    F("30亿元以上", 3000000000, "元", **JK, M="东部地区制造业企业主营业务收入门槛", P="2021-12"),
    F("15亿元以上", 1500000000, "元", **JK, M="中西部地区制造业企业主营业务收入门槛", P="2021-12"),
    F("1682家", 1682, "家", **JK, M="主营业务收入达标制造业企业", P="2021-12"),
    F("894家", 894, "家", **JK, M="上市企业", P="2021-12"),
    F("8.9万亿元", 8900000000000, "元", **JK, M="进出口总额", P="2021"),
    F("22.8%", 22.8, "%", **JK, M="占全国进出口总额比重", P="2021"),
    F("3万亿元", 3000000000000, "元", **JK, M="高新技术产品进出口额", P="2021"),
    F("25.4%", 25.4, "%", **JK, M="占全国高新技术产品进出口额比重", P="2021"),
    F("381.6亿美元", 38160000000, "美元", **JK, M="实际使用外资金额", P="2021"),
    F("22%", 22, "%", **JK, M="占全国实际使用外资比重", P="2021"),
    F("573家", 573, "家", **JK, M="国家级孵化器和众创空间", P="2021-12"),
    F("1.04万家", 10400, "家", **JK, M="省级及以上研发机构", P="2021-12"),
    F("5.03万家", 50300, "家", **JK, M="高新技术企业", P="2021-12"),
    F("3.8个百分点", 3.8, "个百分点", **JK, M="工业固体废物综合利用率", P="2021", C=True),
]
DATES = [D("2023-01-13", "2023-01-13"), D("1月13日", "2023-01-13", inferred=True), D("13日", "2023-01-13", inferred=True),
         D("2021年度", "2021"), D("2021年", "2021"), D("2021年末", "2021-12"), D("2021年", "2021"),
         D("2021年末", "2021-12"), D("2021年", "2021")]
EXCLUDE = ["20:19:22"]
