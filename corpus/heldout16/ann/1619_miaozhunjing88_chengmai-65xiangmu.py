# miaozhunjing88.com (content farm) copy of a 人民網 (national media) item converted to Traditional script, with a
# conversion garble kept as stored (`48.36億元?;顒臃謩e…`, the stop and `活動分別` mangled). The photo caption is
# stored twice (each occurrence's date counts). The stored text breaks off in the 瑞溪鎮 paragraph: cut after the
# 老城鎮 one. No printed date: dateline `5月30日電` and `5月30日` with the ceremony's `2024年第一批` → published
# 2024-05-30 (inferred). The ceremony's year `2024年` is a date at each of its four occurrences (headline, caption
# twice, body; heldout10). No zone (老城科技新城 is no GUIDE zone; 澄邁縣 a county).
# Companies: 中海油能源發展股份有限公司 (registered); companies heading project names are short entries (heldout10):
# 信義玻璃 (深加工), 深國際 (澄邁智慧供應鏈產業園), 默文石油 (智能儀器項目), 港華石油 (海洋石油裝備…項目). Names that may be
# projects or estates (沃克之光, 城投商業廣場, 吉羊潤農共享農莊, 東坡禧樂薈, 福橙…) get no entry.
PUBLISHED = "2024-05-30"
PUBLISHED_INFERRED = True
D30 = "2024-05-30"
CM = dict(S="澄邁縣", K="other", P=D30)
ARTICLES = [A("澄邁縣2024年第一批集中開工、竣工項目65個 總投資超140億元", None)]
ZONES = []
ENTERPRISES = [E("中海油能源發展股份有限公司"), E("信義玻璃", kind="short"), E("深國際", kind="short"),
               E("默文石油", kind="short"), E("港華石油", kind="short")]
FIGURES = [
    F("65個", 65, "個", **CM, M="集中開工、竣工項目"),
    F("超140億元", 14000000000, "元", **CM, M="總投資"),
    F("65個", 65, "個", **CM, M="集中開工、竣工項目"),
    F("141億元", 14100000000, "元", **CM, M="總投資"),
    F("35個", 35, "個", **CM, M="開工項目"),
    F("92.85億元", 9285000000, "元", **CM, M="開工項目計劃總投資"),
    F("30個", 30, "個", **CM, M="竣工項目"),
    F("48.36億元", 4836000000, "元", **CM, M="竣工項目總投資"),
    F("12個", 12, "個", **CM, M="主會場集中開工項目"),
    F("59.64億元", 5964000000, "元", **CM, M="主會場開工項目計劃總投資"),
    F("11個", 11, "個", **CM, M="主會場集中竣工項目"),
    F("28.49億元", 2849000000, "元", **CM, M="主會場竣工項目完成總投資"),
    F("10個", 10, "個", **CM, M="金江分會場集中開工項目"),
    F("7.79億元", 779000000, "元", **CM, M="金江分會場開工項目計劃總投資"),
    F("10個", 10, "個", **CM, M="金江分會場集中竣工項目"),
    F("14.82億元", 1482000000, "元", **CM, M="金江分會場竣工項目總投資"),
    F("9個", 9, "個", **CM, M="老城鎮分會場集中開工項目"),
    F("17.43億元", 1743000000, "元", **CM, M="老城鎮分會場開工項目計劃總投資"),
    F("6個", 6, "個", **CM, M="老城鎮分會場集中竣工項目"),
    F("2.53億元", 253000000, "元", **CM, M="老城鎮分會場竣工項目完成總投資"),
]
DATES = [D("2024年", "2024")] * 4 + [D("5月30日", D30, inferred=True), D("5月30日", D30, inferred=True)]
EXCLUDE = []
