# melab.com.tw (an unrelated Taiwan host serving mainland news under `uploads/xinwen.asp`) carrying a 中新社 wire
# (national news agency) in Simplified script; whole as returned. `发布时间:2024-11-16 12:30:35` is printed (published,
# not inferred; clock no figure); `来源: sp20241116` is a code, no date. Dateline `11月10日电`, then `10日` (the same day,
# a calendar day: 2024-11-10, inferred), `今年前10月` (2024-01..2024-10), `今年4月底` (→ 2024-04), `今年5月`.
# Zone: none. 新疆塔城重点开发开放试验区 is a `…开发开放试验区`, a kind GUIDE does not list; its 先行发展区 is a part.
# Enterprises: 三一(塔城)风电设备有限公司 and 中水四局(塔城)能源装备有限公司 (registered; `该公司`, `公司` refer to them).
# Figures: `3亿元(人民币,下同)以上` — the threshold word stands after the bracket: text `3亿元`, approx by hand, 预计 →
# target. `100万千瓦` measure. `两年多` is a duration in years, `两个` a small count: no figures. 今年以来/截至目前
# figures take the span or month of the wire (2024-11).
PUBLISHED = "2024-11-16"
PUBLISHED_INFERRED = False
SY = "三一(塔城)风电设备有限公司"
ZS = "中水四局(塔城)能源装备有限公司"
XF = dict(S="新疆塔城重点开发开放试验区先行发展区", K="other")
SE = dict(S=SY, K="enterprise")
ZE = dict(S=ZS, K="enterprise")
ARTICLES = [A("新疆塔城重点开发开放试验区加快建设 先行发展区企业落地见效", None)]
ZONES = []
ENTERPRISES = [E(SY), E(ZS)]
FIGURES = [
    F("3亿元", 300000000, "元", approx=True, **XF, M="工业产值", P=("2024-01", "2024-10"), T=True),
    F("近60亿元", 6000000000, "元", **XF, M="累计投资", P="2024-11"),
    F("100万千瓦", 1000000, "千瓦", **SE, M="年设计生产风力发电机组", P=None),
    F("600支", 600, "支", **SE, M="年设计生产叶片", P=None),
    F("80多米", 80, "米", **SE, M="风机叶片长度", P=None),
    F("24小时", 24, "小时", **SE, M="生产一支风机叶片用时", P=None),
    F("150支", 150, "支", **SE, M="已生产叶片", P="2024-11"),
    F("2000多万元", 20000000, "元", **SE, M="出口产品产值", P=("2024-01", "2024-11")),
    F("60多套", 60, "套", **ZE, M="完成风电塔筒制造订单", P=("2024-05", "2024-11")),
    F("逾2亿元", 200000000, "元", **ZE, M="产值", P=("2024-05", "2024-11")),
    F("63家", 63, "家", **XF, M="累计入驻企业", P="2024-11"),
    F("75个", 75, "个", **XF, M="落地建设项目", P="2024-11"),
]
DATES = [D("2024-11-16", "2024-11-16"), D("11月10日", "2024-11-10", inferred=True),
         D("今年前10月", "2024-01", "2024-10", inferred=True), D("10日", "2024-11-10", inferred=True),
         D("今年4月底", "2024-04", inferred=True), D("今年5月", "2024-05", inferred=True)]
EXCLUDE = ["12:30:35", "sp20241116"]
