# 50.116.9.218 (OK阅读网, a bilingual-reading site served from a bare IP), a 中国日报 bilingual item: site title line,
# menus, the English headline and the source/date line kept; printed `2023-12-04 17:28` (clock no figure). The stored
# text breaks off mid-sentence (`强大的研发和`): cut after the last complete paragraph. Title = the Chinese headline
# without the column tag `【双语财讯】` (its line is stored twice: site title and article head, one title); the English
# line is a translation, no title.
# Companies: 大众汽车集团 (group; `大众汽车集团(中国)` its China arm, same group name with region → variant),
# 大众汽车(安徽)零部件有限公司 (registered), 大众安徽 (short; the vehicle maker, a different company), 丹佛斯 (short,
# twice; 丹佛斯全球制冷研发测试中心 is a centre), 宝马集团 (group), 华晨宝马汽车有限公司 (registered). MEB is a platform.
# `11月21日`, `5月` → 2023 (inferred); `今年前10月`, `今年1至10月` → 2023-01..2023-10. `150000至180000个` one range.
PUBLISHED = "2023-12-04"
PUBLISHED_INFERRED = False
VA = "大众汽车(安徽)零部件有限公司"
EK = dict(S=VA, K="enterprise")
QG = dict(S="全国", K="other")
JAN_OCT = ("2023-01", "2023-10")
ARTICLES = [A("更多外资投向“中国制造”", None)]
ZONES = []
ENTERPRISES = [E("大众汽车集团", ["大众汽车集团(中国)"], kind="group"), E(VA), E("大众安徽", kind="short"),
               E("丹佛斯", kind="short"), E("宝马集团", kind="group"), E("华晨宝马汽车有限公司")]
FIGURES = [
    F("超过1.4亿欧元", 140000000, "欧元", **EK, M="工程总投资", P=None),
    F("150000至180000个", 150000, "个", vmax=180000, **EK, M="初始年产能高压电池系统", P=None),
    F("96%", 96, "%", **EK, M="部件当地供应比例", P="2023-11"),
    F("41947家", 41947, "家", **QG, M="新设立外商投资企业", P=JAN_OCT),
    F("2834.4亿元", 283440000000, "元", **QG, M="制造业实际使用外资金额", P=JAN_OCT),
    F("1.9%", 1.9, "%", **QG, M="制造业实际使用外资金额增长", P=JAN_OCT, C=True),
    F("9.5%", 9.5, "%", **QG, M="高技术制造业实际使用外资增速", P=JAN_OCT, C=True),
]
DATES = [D("2023-12-04", "2023-12-04"), D("11月21日", "2023-11-21", inferred=True), D("5月", "2023-05", inferred=True),
         D("今年前10月", "2023-01", "2023-10", inferred=True), D("今年1至10月", "2023-01", "2023-10", inferred=True)]
EXCLUDE = ["17:28"]
