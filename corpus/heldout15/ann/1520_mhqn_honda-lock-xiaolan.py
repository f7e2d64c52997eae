# mhqn.com.cn (a company's own site, `company news`/`社內新聞` page: press release of 本田制鎖(廣東)有限公司, a Japanese
# group's Chinese subsidiary), Traditional with pinyin readings glued into many words (kept as stored, heldout7/10),
# printed `2022-05-06`. Whole as returned.
# No zone: 小欖鎮智能制造5G+工業園 is a town park (`低效工業園`), 中山市 a city. Companies: 本田制鎖(廣東)有限公司
# (registered, ×2), 小欖鎮(zhèn)工業(yè)總公司 (a town-owned `…總公司` without 有限 → short, kept as printed with its
# readings; `工業(yè)總公司` a variant). `5G+` a name part (no figure).
# `2022年度…重點建設項目` a designation year (heldout10: `2022年度` is a date); `2024年12月` a target month.
PUBLISHED = "2022-05-06"
PUBLISHED_INFERRED = False
HL = "本田制鎖(廣東)有限公司"
XM = dict(S="小欖鎮(zhèn)智能制造5G+工業(yè)園項(xiàng)目", K="other")
ARTICLES = [A("新工廠動工改造儀式", None)]
ZONES = []
ENTERPRISES = [
    E(HL),
    E("小欖鎮(zhèn)工業(yè)總公司", ["工業(yè)總公司"], kind="short"),
]
FIGURES = [
    F("117.76畝", 117.76, "畝", **XM, M="總用地面積", P=None),
    F("8.6萬平方米", 86000, "平方米", S=HL, K="enterprise", M="定制廠房總建筑面積", P="2024-12", T=True),
]
DATES = [
    D("2022-05-06", "2022-05-06"),
    D("2022年5月6日", "2022-05-06"),
    D("2022年度", "2022"),
    D("2024年12月", "2024-12"),
]
EXCLUDE = ["5G+"]
