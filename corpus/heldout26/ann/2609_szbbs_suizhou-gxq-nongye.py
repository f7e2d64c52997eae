# szbbs.org (随州 city forum) thread carrying a 随州高新区 农业局 year-end item; table-cell bars `|` before and after
# kept; whole as returned. No printed date: the text's `2020年` and `今年` give the year (published inferred 2020).
# `截止10底` is a garbled `10月底` (the 月 lost): a dated mention, → 2020-10 (inferred).
# Zone: 随州高新区 (primary), also bare `高新区` twice (`落户高新区`, `打造高新区…`; variant). `万亩有机农业示范区` is a
# planned farm area, not a zone of GUIDE's rank; 随州高新区农业局 is the zone's bureau.
# Enterprises: 湖北原态农业发展有限公司, 湖北红岩谷生态农业有限公司 (registered). Farms and cooperatives are counted
# classes, no names.
# Figures: ten counts (家), `1家` twice. The 2020 new registrations are levels of a year's new entries (as 新增市场主体),
# not changes; the 截止10底 stock takes 2020-10.
PUBLISHED = "2020"
PUBLISHED_INFERRED = True
SZ = "随州高新区"
Y = dict(S=SZ, K="zone", P="2020")
O = dict(S=SZ, K="zone", P="2020-10")
ARTICLES = [A("随州高新区农业新兴业态实现新突破", SZ)]
ZONES = [Z(SZ, [SZ, "高新区"])]
ENTERPRISES = [E("湖北原态农业发展有限公司"), E("湖北红岩谷生态农业有限公司")]
FIGURES = [
    F("8家", 8, "家", **Y, M="新注册家庭农场"),
    F("11家", 11, "家", **Y, M="新注册农民合作社"),
    F("7家", 7, "家", **Y, M="新注册养殖场"),
    F("1家", 1, "家", **Y, M="申报市级示范合作社"),
    F("1家", 1, "家", **Y, M="申报市级示范家庭农场"),
    F("407家", 407, "家", **O, M="各类新型农业经济主体"),
    F("17家", 17, "家", **O, M="家庭农场"),
    F("123家", 123, "家", **O, M="农民合作社"),
    F("241家", 241, "家", **O, M="养殖场"),
    F("26家", 26, "家", **O, M="农业企业"),
]
DATES = [D("2020年", "2020"), D("10底", "2020-10", inferred=True)]
EXCLUDE = []
