# hljszw.org.cn (黑龍江省地方志 site: a yearbook entry, Simplified); whole as returned. The entry's heading is stored
# three times (twice plain, once as `【…】`): one title. No printed date; the entry reviews `2003年` (the only dated
# mention) and was written after that year: published `2004` (inferred; a yearbook of the following year).
# Zone: none — the entry says only `高新区` (three times) and never names its place (大庆 occurs only inside company
# and market names), so no canonical `<place>高新区` can be given (GUIDE); primary zone null.
# Companies: 大庆双能高科技有限公司, 大庆三胜塑料制品有限公司 (registered); 英国安博瑞公司, 三维公司 (`…公司` without 有限 →
# short, heldout9/10). Not companies: 温州塑编生产企业 (unnamed), 大庆塑编城, 三维数码城 (markets).
# Figures: `税收3 450万元` keeps its stored thousands space (`3 450万元`, 3.45e7); `1.28万人` 12800.
PUBLISHED = "2004"
PUBLISHED_INFERRED = True
GX = dict(S="高新区", K="other", P="2003")
ARTICLES = [A("招商引资取得新进展", None)]
ZONES = []
ENTERPRISES = [E("大庆双能高科技有限公司"), E("英国安博瑞公司", kind="short"), E("大庆三胜塑料制品有限公司"),
               E("三维公司", kind="short")]
FIGURES = [
    F("445个", 445, "个", **GX, M="引进项目"),
    F("36亿元", 3600000000, "元", **GX, M="投资总额"),
    F("21.3亿元", 2130000000, "元", **GX, M="到位资金"),
    F("59个", 59, "个", **GX, M="投入生产经营项目"),
    F("4.2亿元", 420000000, "元", **GX, M="实现收入"),
    F("3 450万元", 34500000, "元", **GX, M="税收"),
    F("1.28万人", 12800, "人", **GX, M="安排就业"),
    F("37家", 37, "家", S="三维公司", K="enterprise", M="三维数码城引进企业", P="2003"),
]
DATES = [D("2003年", "2003")]
EXCLUDE = []
