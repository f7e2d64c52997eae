# chaogb.com (stock portal `港股正文`, 格隆汇 item on a Hong Kong-listed company's announcement), crumbs kept, printed
# `2023-01-10 22:45:42` (clock no figure), stock code `00400.HK` (no figure). The portal's SEO headline
# `硬蛋创新(硬蛋创新 上市)` is the headline as printed (title). A truncated digest of the lead is stored before the
# lead: its dates count at each occurrence. The stored text breaks off after the share paragraph's next one: cut
# after the last complete paragraph.
# No zone (宝安区 新安街道 is a district/street). Companies: 硬蛋创新 (short, listed), 深圳市科通技术股份有限公司
# (`科通技术`), 深圳市华曦达科技股份有限公司 (`华曦达`), 深圳交易集团有限公司 (its `土地矿业权业务分公司` is a branch
# of it, heldout10's bank-branch rule). 格隆汇 is media; 宝安管理局 a government office.
# `15个工作日` a duration (target, 预计); `为期30年` a duration in 年 (no figure); `人民币1.29亿元` → 元.
PUBLISHED = "2023-01-10"
PUBLISHED_INFERRED = False
D10 = "2023-01-10"
KT = "深圳市科通技术股份有限公司"
HX = "深圳市华曦达科技股份有限公司"
DK = dict(S="中国深圳市宝安区新安街道地块", K="other")
ARTICLES = [A("硬蛋创新(硬蛋创新 上市)", None)]
ZONES = []
ENTERPRISES = [
    E("硬蛋创新", kind="short"),
    E(KT, ["科通技术"]),
    E(HX, ["华曦达"]),
    E("深圳交易集团有限公司"),
]
FIGURES = [
    F("15个工作日", 15, "个工作日", kind="duration", S=KT, K="enterprise", M="订立出让合同期限", P=None, T=True),
    F("10,302.25平方米", 10302.25, "平方米", **DK, M="地盘面积", P=None),
    F("人民币1.29亿元", 129000000, "元", S=KT, K="enterprise", M="土地使用权总代价", P=D10),
    F("73.48%", 73.48, "%", S=KT, K="enterprise", M="土地使用权份额", P=D10),
    F("26.52%", 26.52, "%", S=HX, K="enterprise", M="土地使用权份额", P=D10),
]
DATES = [
    D("2023-01-10", D10),
    D("1月10日", D10, inferred=True),
    D("2023年1月10日", D10),
    D("1月10日", D10, inferred=True),
    D("2023年1月10日", D10),
]
EXCLUDE = ["22:45:42", "00400.HK", "30年"]
