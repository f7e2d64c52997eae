# scdytv.com (德阳市广播电视台 site): two 德阳 zones on a 500-list of provincial development zones. The printed
# `2025/3/31 9:48:40` (clock no figure), uploader `Hetao` and `浏览次数:5241` kept; the `浏览记录` widget cut.
# Zones: 什邡经济开发区 (with `什邡经开区`) and 绵竹经济开发区 (…开发区, GUIDE); primary none (two equally). The
# `(现绵竹高新技术产业园)` is a 产业园 (no zone); `省级开发区` generic; `高新园区` generic.
# Company: 赛迪顾问 (short; the consultancy publishing the list). Not enterprises: 德阳市广播电视台 (media).
# Dates: `2025/3/31` (printed, published not inferred); `近日` no date.
# Figures: `浏览次数:5241` is a quantity with digits (GUIDE's letter, as 2301's 字数); `超500家` (approx);
# `37.6平方公里`. No figures: list names `省级开发区500强` / `《省级开发区高质量发展500强》`, slogans `2+1`, `3+2`,
# `五个百亿`, size class `千亿级`.
PUBLISHED = "2025-03-31"
PUBLISHED_INFERRED = False
SF = "什邡经济开发区"
MZ = "绵竹经济开发区"
ARTICLES = [A("德阳两个开发区入围全国“省级开发区500强”榜单", None)]
ZONES = [Z(SF, [SF, "什邡经开区"]), Z(MZ, [MZ])]
ENTERPRISES = [E("赛迪顾问", kind="short")]
FIGURES = [
    F("5241", 5241, "", M="浏览次数"),
    F("超500家", 500, "家", S=SF, K="zone", P="2025-03-31", M="入驻企业"),
    F("37.6平方公里", 37.6, "平方公里", S=MZ, K="zone", P="2025-03-31", M="面积"),
]
DATES = [D("2025/3/31", "2025-03-31")]
EXCLUDE = ["9:48:40", "500强", "2+1", "3+2"]
