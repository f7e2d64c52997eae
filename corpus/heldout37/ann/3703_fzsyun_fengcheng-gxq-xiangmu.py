# fzsyun.cn, e-paper of a 宜春 broadcasting weekly (`本报讯 丰城台报道`): 丰城高新区 projects. The stored text breaks off
# in the paragraph on the zone's services; cut after the 爱慕 quote. No printed date: `去年11月份` is the `2022年11月`
# of the paragraph before → the page's year is 2023 (published `2023`, inferred).
# Zone: 丰城高新区, primary (its `宜春丰城高新区` form fell in the cut tail). Companies: 丰城纳尔科技集团有限公司 (registered; `丰城纳尔` a
# variant) and 江西省爱幕科技有限公司, printed a second time as `江西省爱慕科技有限公司` (typo kept as a variant, heldout16).
# `6号车间` (twice) is a workshop's number, no figure. `栋`, `片` set as counts by hand. `2000多万`, `500万左右`: no unit
# printed → "" (GUIDE). Periods: `今年6月份已经做了` → 2023-01..2023-06; statements with no time word get none.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
FC = "丰城高新区"
NR = "丰城纳尔科技集团有限公司"
AM = "江西省爱幕科技有限公司"
N = dict(S=NR, K="enterprise")
M_ = dict(S=AM, K="enterprise")
ARTICLES = [A("丰城高新区助力重大项目建设,筑牢经济发展“压舱石”", FC)]
ZONES = [Z(FC, [FC])]
ENTERPRISES = [E(NR, ["丰城纳尔"]), E(AM, ["江西省爱慕科技有限公司"])]
FIGURES = [
    F("25亿元", 2500000000, "元", **N, M="项目达产后年产值", T=True),
    F("15栋", 15, "栋", kind="count", **N, M="一期车间"),
    F("3个", 3, "个", **N, M="正式投入生产车间"),
    F("4栋", 4, "栋", kind="count", **N, M="辅助厂房"),
    F("3栋", 3, "栋", kind="count", **N, M="装修已结束车间"),
    F("30万片", 300000, "片", kind="count", **M_, M="年产菲涅尔抗光屏幕生产规模"),
    F("2000多万", 20000000, "", **M_, M="销售额", P=("2023-01", "2023-06")),
    F("60多位", 60, "位", **M_, M="员工", P="2023"),
    F("500万左右", 5000000, "", **M_, M="每月出货量"),
]
DATES = [D("2021年3月", "2021-03"), D("今年2月份", "2023-02", inferred=True), D("5月份", "2023-05", inferred=True),
         D("2022年11月", "2022-11"), D("去年11月份", "2022-11", inferred=True), D("今年6月份", "2023-06", inferred=True)]
EXCLUDE = ["6号车间"]
