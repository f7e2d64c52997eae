# www.ixian.cn (西安 city forum, archiver view): a member's repost of a 华商报网 item. The poster line
# `斗地主大王 发表于 2024-1-3 05:34:48` (clock no figure) kept; the stored text breaks off (`截至目`): cut after the
# 2022年以来 paragraph. Published printed `2024-1-3` (the post's date, same day as the body's `2024年1月3日`).
# Zone: 西安经开区 (primary), with bare `经开区` used for it (incl. `西安关中综合保税区(经开区)`); `国家级经开区` is
# generic, 陕西自贸试验区西安经开功能区 and 西安关中综合保税区 are no GUIDE zones (subjects of their own figures, other).
# Companies (short): 陕汽, 吉利, 隆基, 中车永济, 采埃孚, 西门子, 日立. Not enterprises: 华商报网, 商务部.
# Dates: `2024-1-3`, `2024年1月3日`, `2015年`, `2022年` three times (incl. `2022年以来`, which has a calendar year,
# unlike `今年以来`). Bare `去年` (较去年) is not annotated (no month; the set's convention, README).
# Figures: rank moves and ranks (`上升5位`, `提升5位`, `第23名`) and `世界500强` are no figures (heldout16);
# `过千亿元` (Chinese numeral with scale word, heldout16's `突破千亿元`; 过 is no GUIDE approx marker); `80多家`
# (approx), `超30亿元` (approx).
PUBLISHED = "2024-01-03"
PUBLISHED_INFERRED = False
XA = "西安经开区"
X22 = dict(S=XA, K="zone", P="2022")
ARTICLES = [A("西安经开区全国排名上升5位", XA)]
ZONES = [Z(XA, [XA, "经开区"])]
ENTERPRISES = [E(n, kind="short") for n in ["陕汽", "吉利", "隆基", "中车永济", "采埃孚", "西门子", "日立"]]
FIGURES = [
    F("230家", 230, "家", S="全国", K="other", M="国家级经开区"),
    F("过千亿元", 100000000000, "元", S=XA, K="zone", M="工业产值"),
    F("80多家", 80, "家", S=XA, K="zone", P="2024-01-03", M="落户世界500强企业"),
    F("557.8亿元", 55780000000, "元", **X22, M="进出口总额"),
    F("30.4%", 30.4, "%", **X22, M="进出口总额同比增长", C=True),
    F("12.5%", 12.5, "%", **X22, M="占西安市进出口总额"),
    F("764亿元", 76400000000, "元", S="陕西自贸试验区西安经开功能区", K="other", P="2022", M="规上工业总产值"),
    F("300亿元", 30000000000, "元", S="陕西自贸试验区西安经开功能区", K="other", P="2022", M="外贸进出口总额"),
    F("超30亿元", 3000000000, "元", S="西安关中综合保税区", K="other", P="2022", M="外贸进出口额"),
]
DATES = [D("2024-1-3", "2024-01-03"), D("2024年1月3日", "2024-01-03"), D("2015年", "2015")] + [D("2022年", "2022")] * 3
EXCLUDE = ["05:34:48", "上升5位", "提升5位", "第23名", "500强"]
