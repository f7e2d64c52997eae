# 51emo.com (aggregator, `行业` channel) copy of a 铜陵日报 story; crumbs, `(资料图)` and the printed
# `2023-02-11 10:17:22` (clock no figure) kept; the `标签/相关阅读/精彩推荐` widgets after the last paragraph cut.
# Zone: 枞阳经开区 (…经开区, primary). Companies: 安徽泰阳织造科技公司 (`…公司` without 有限 → short, heldout9/10; its
# short form `泰阳织造` a variant), 铜陵铭尊精密科技公司 (short; `该公司`), and the car makers 长城, 比亚迪, 蔚来 (short).
# `2月7日`, `6月` (orders booked to June) → 2023 (inferred). NEW: lunar-calendar days `正月初八`, `正月初六` are dated
# mentions, given their Gregorian day (2023 Spring Festival = 22 Jan: 初八 29 Jan, 初六 27 Jan; inferred).
# `1400万米左右` (将达到) and `提高30%` are this year's targets; `翻一番` no figure.
PUBLISHED = "2023-02-11"
PUBLISHED_INFERRED = False
ZY = "枞阳经开区"
TY = "安徽泰阳织造科技公司"
MZ = "铜陵铭尊精密科技公司"
ARTICLES = [A("枞阳经开区:规上企业冲刺“开门红”", ZY)]
ZONES = [Z(ZY, [ZY])]
ENTERPRISES = [E(TY, ["泰阳织造"], kind="short"), E(MZ, kind="short"),
               E("长城", kind="short"), E("比亚迪", kind="short"), E("蔚来", kind="short")]
FIGURES = [
    F("208台", 208, "台", S=TY, K="enterprise", M="喷水织机", P="2023-02-07"),
    F("1400万米左右", 14000000, "米", S=TY, K="enterprise", M="实际下机遮光布", P="2023", T=True),
    F("30%", 30, "%", S=TY, K="enterprise", M="遮光布比去年提高", P="2023", C=True, T=True),
    F("160位", 160, "位", S=TY, K="enterprise", M="在岗工人", P="2023-02"),
    F("400万元", 4000000, "元", S=MZ, K="enterprise", M="冷凝器订单价值", P="2023-02"),
    F("68家", 68, "家", S=ZY, K="zone", M="全面复工达产规上企业", P="2023-02"),
]
DATES = [D("2023-02-11", "2023-02-11"), D("2月7日", "2023-02-07", inferred=True), D("6月", "2023-06", inferred=True),
         D("正月初八", "2023-01-29", inferred=True), D("正月初六", "2023-01-27", inferred=True)]
EXCLUDE = ["10:17:22"]
