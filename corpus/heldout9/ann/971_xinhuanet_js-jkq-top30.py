# big5.xinhuanet.com (新華網, national news agency site; its Traditional gateway), 江蘇 channel; navigation line kept,
# printed `2019年01月02日 16:34:34` (clock no figure). The stored ranking table breaks off after row 13: kept through
# the last complete row. Zones: `蘇州工業園區以及昆山、江寧、南京、鎮江、連雲港、淮安經濟技術開發區等7家國家級經開區` → the
# six places each a coordinated zone (GUIDE's list rule; bare place and, where printed, the full name as variants),
# 蘇州工業園區 named in full (not coordinated); the table's other zones are entries of their own (one per zone per page).
# Canonicals keep their own form in the page's script (`…經濟技術開發區`, heldout7's 蘇州工業園區). Article about many →
# primary_zone null. Ranks are no figures: table numbers, `30強` (×4), `22位`, `29位`. Years naming the evaluation
# rounds (`2018年國家級經濟技術開發區…考核評價`, `2017年國家級經開區綜評結果`, `2018年國家級經開區…名單`) are no dates
# (heldout7: a year naming a round/document); the two `國家級經開區2017年…` are dates (so `2017年` 2 of 3).
PUBLISHED = "2019-01-02"
PUBLISHED_INFERRED = False
ARTICLES = [A("江蘇7家國家級經開區綜合發展水平躋身全國30強", None)]
J = "經濟技術開發區"
ZONES = [
    Z("蘇州工業園區", ["蘇州工業園區"]),
    Z("昆山" + J, ["昆山", "昆山" + J], True),
    Z("江寧" + J, ["江寧", "江寧" + J], True),
    Z("南京" + J, ["南京", "南京" + J], True),
    Z("鎮江" + J, ["鎮江"], True),
    Z("連雲港" + J, ["連雲港"], True),
    Z("淮安" + J, ["淮安", "淮安" + J], True),
    Z("廣州" + J, ["廣州" + J]),
    Z("天津" + J, ["天津" + J]),
    Z("北京" + J, ["北京" + J]),
    Z("青島" + J, ["青島" + J]),
    Z("煙臺" + J, ["煙臺" + J]),
    Z("杭州" + J, ["杭州" + J]),
    Z("上海漕河涇新興技術開發區", ["上海漕河涇新興技術開發區"]),
    Z("武漢" + J, ["武漢" + J]),
    Z("嘉興" + J, ["嘉興" + J]),
]
ENTERPRISES = []
FIGURES = [
    F("7家", 7, "家", S="江蘇省", K="other", M="躋身全國30強國家級經開區", P=None),
    F("7家", 7, "家", S="江蘇省", K="other", M="躋身全國30強國家級經開區", P=None),
    F("219家", 219, "家", S="全國", K="other", M="參加考核評價國家級經開區", P=None),
]
DATES = [
    D("2019年01月02日", "2019-01-02"),
    D("2017年", "2017"),
    D("2017年", "2017"),
]
EXCLUDE = ["16:34:34", "30強", "22位", "29位", "2018年國家級經", "2017年國家級經開區綜評",
           "1蘇州", "2廣州", "3天津", "4北京", "5昆山", "6青島", "7煙臺", "8江寧", "9杭州", "10上海", "11南京",
           "12武漢", "13嘉興"]
