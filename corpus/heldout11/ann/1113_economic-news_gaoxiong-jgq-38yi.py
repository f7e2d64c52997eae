# www.economic-news.tw (Taiwan economic news site): channel lines, the date/section line and headline stored twice
# and a third time with a space and without `達` (one title; figures and dates count at each occurrence, heldout10),
# share/zoom widgets kept; the social-links footer cut. Printed `2015.04.16` → published. ROC years converted
# (`98年` → 2009, `99年至103年` → 2010..2014). No GUIDE zone (高雄加工出口區 is a Taiwan export-processing zone,
# heldout10); 加工處 is a government office. Companies `…公司` without 有限 → short (heldout9/10): 高雄晶傑達光電公司,
# 台灣日東公司, 台虹公司, 台灣典範公司, 科妍生物科技公司; 樂謙電腦科技 short. `12萬2,000坪`, `6萬8,500坪`,
# `3億7,800萬元` one figure each. `估達` is no GUIDE approx word; `6年來` a duration. `預計…將增加` → target, change.
PUBLISHED = "2015-04-16"
PUBLISHED_INFERRED = False
GX = dict(S="高雄加工區", K="other")
A9 = ("2010", "2014")
C0 = ("2011", "2014")
def co(name):
    return dict(S=name, K="enterprise")
ARTICLES = [A("活化更新有成!高雄加工區擴廠增資達38億元", None)]
ZONES = []
ENTERPRISES = [E("高雄晶傑達光電公司", kind="short"), E("台灣日東公司", kind="short"), E("台虹公司", kind="short"),
               E("台灣典範公司", kind="short"), E("樂謙電腦科技", kind="short"), E("科妍生物科技公司", kind="short")]
FIGURES = [
    F("38億元", 3800000000, "元", **GX, M="增資金額"),
    F("38億元", 3800000000, "元", **GX, M="增資金額"),
    F("38億元", 3800000000, "元", **GX, M="增資金額"),
    F("38億元", 3800000000, "元", **GX, M="增資金額"),
    F("12萬2,000坪", 122000, "坪", **GX, M="活化廠房樓地板面積", P=A9),
    F("49.7%", 49.7, "%", **GX, M="活化廠房樓地板面積占全區", P=A9),
    F("6萬8,500坪", 68500, "坪", **GX, M="活化廠房所占土地面積", P=A9),
    F("45.1%", 45.1, "%", **GX, M="活化廠房所占土地面積占全區", P=A9),
    F("49家", 49, "家", **GX, M="活化廠房廠商", P=A9),
    F("666億元", 66600000000, "元", **GX, M="營業額", P="2014"),
    F("6.09%", 6.09, "%", **GX, M="營業額", P="2014", C=True),
    F("8億元", 800000000, "元", **co("高雄晶傑達光電公司"), M="投資", P=C0),
    F("5億元", 500000000, "元", **co("台灣日東公司"), M="擴廠投資", P=C0),
    F("10億元", 1000000000, "元", **co("台虹公司"), M="新廠擴建投資", P=C0),
    F("1.5億元", 150000000, "元", **co("台灣典範公司"), M="擴廠投資", P=C0),
    F("3億7,800萬元", 378000000, "元", **co("樂謙電腦科技"), M="新廠遷入投資", P=C0),
    F("10億元", 1000000000, "元", **co("科妍生物科技公司"), M="擴廠投資", P=C0),
    F("20%", 20, "%", **GX, M="年產量", C=True, T=True),
    F("30億元", 3000000000, "元", **GX, M="年產值", C=True, T=True),
]
DATES = [
    D("2015.04.16", "2015-04-16"),
    D("2015.04.16", "2015-04-16"),
    D("98年", "2009"),
    D("99年至103年", A9[0], A9[1]),
    D("101年", "2012"),
    D("103年", "2014"),
    D("100年至103年", C0[0], C0[1]),
]
EXCLUDE = ["6年來"]
