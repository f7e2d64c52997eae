# grettaschifano.com copy of a 新華網 story (converted to Traditional with pinyin readings glued in, `業(yè)`, `區(qū)`:
# kept as stored). Printed `時間:2009-08-19 10:59:40` (clock no figure). The title is written as it stands, readings
# included; zone 蘇州工業園區 (canonical) with the printed form `蘇州工業(yè)園區(qū)` as its variant.
# `來源:武漢市市政建設集團` names a company (group, heldout4: a company in site furniture counts; registered name
# keeps the city). AMD, 奧倍投資擔保 head project names → short. `15周年` (years) is not a figure.
PUBLISHED = "2009-08-19"
PUBLISHED_INFERRED = False
SZ = "蘇州工業園區"
D24 = "2009-05-24"
ARTICLES = [A("390億元項目簽約落戶蘇州工業(yè)園區(qū)", SZ)]
ZONES = [Z(SZ, ["蘇州工業(yè)園區(qū)"])]
ENTERPRISES = [E("武漢市市政建設集團", kind="group"), E("AMD", kind="short"), E("奧倍投資擔保", kind="short")]
Zd = dict(S=SZ, K="zone", P=D24)
FIGURES = [
    F("390億元", 39000000000, "元", **Zd, M="簽約項目總金額"),
    F("390億元", 39000000000, "元", **Zd, M="簽約項目總金額"),
    F("21個", 21, "個", **Zd, M="簽約項目"),
    F("21個", 21, "個", **Zd, M="簽約項目"),
    F("5個", 5, "個", **Zd, M="央企合作項目"),
    F("11個", 11, "個", **Zd, M="外資項目"),
    F("5個", 5, "個", **Zd, M="中新合作項目"),
]
DATES = [
    D("2009-08-19", "2009-08-19"),
    D("5月26日", "2009-05-26", inferred=True),
    D("24日", D24, inferred=True),
]
EXCLUDE = ["10:59:40", "15周年"]
