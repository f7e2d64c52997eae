# cn.ntdtv.com (新唐人's Simplified-script site; a different host from heldout6's event.ntdtv.com.tw) carrying a 中央社
# wire on a Taiwan export-processing zone, in Simplified script; the `相关文章/评论` links cut. The bracketed dateline
# `【新唐人2009年1月15日讯】` prints the date → published 2009-01-15; `15日` (中央社 dateline, 2009-01-15, inferred).
# Bare `去年`, `前年`, `今天` no dates (heldout16). No zone (`经济部加工出口区屏东园区` is a Taiwan processing zone, no GUIDE
# zone word); no company (`太阳能源厂商` unnamed). Figures: compound amounts `242亿5000万元` (2.425e10), `27亿8800万元`,
# `221亿800万元`, `4亿1000万元` (one figure each, value summed over both scale words); the headline's `逾242亿` has no unit
# (""), approx. `超越招商目标210.9%`: the share of the target reached (ratio of level, not a change).
PUBLISHED = "2009-01-15"
PUBLISHED_INFERRED = False
PD = dict(S="屏东园区", K="other", P="2008")
ARTICLES = [A("屏东加工区去年招商亮眼 投增资额逾242亿", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("逾242亿", 24200000000, "", kind="money", **PD, M="投增资额"),
    F("242亿5000万元", 24250000000, "元", **PD, M="累计投、增资额"),
    F("210.9%", 210.9, "%", **PD, M="招商目标达成"),
    F("27亿8800万元", 2788000000, "元", S="屏东园区", K="other", M="投、增资额", P="2007"),
    F("9件", 9, "件", **PD, M="申请进驻投资案"),
    F("6件", 6, "件", **PD, M="增资案"),
    F("221亿800万元", 22108000000, "元", **PD, M="太阳能源厂商投、增资额"),
    F("4亿1000万元", 410000000, "元", **PD, M="精密机械设备制造业投、增资额"),
]
DATES = [D("2009年1月15日", "2009-01-15"), D("15日", "2009-01-15", inferred=True)]
EXCLUDE = []
