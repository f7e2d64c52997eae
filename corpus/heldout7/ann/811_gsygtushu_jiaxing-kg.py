# gsygtushu.com copy of a 人民網 page (嘉興日報 story), in Traditional script with leftover HTML (`<li id="g0ggg">`,
# kept as stored) and a garbled sentence (`?!惫矩撠熑…`, kept). Printed 2025年09月05日15:22 (clock no figure).
# Two-line headline: `“高新速度”賦能產業崛起` is the kicker above the main title (not part of the title).
# Zone 嘉興國家高新區 → canonical 嘉興高新區 (國家 dropped, script kept). `某光電有限公司` is anonymised: no
# enterprise. `兩個多月` → Chinese-numeral duration (team convention), 2 個月, approx. `突破` is not approx.
PUBLISHED = "2025-09-05"
PUBLISHED_INFERRED = False
JX = "嘉興高新區"
YQ = "嘉興空港電子信息產業園"
GS = "某光電有限公司"
ARTICLES = [A("嘉興空港電子信息產業園工業廠房滿租", JX)]
ZONES = [Z(JX, ["嘉興國家高新區"])]
ENTERPRISES = []
FIGURES = [
    F("8條", 8, "條", S=GS, K="other", M="生產線", P="2025-09-02"),
    F("2個月", 2, "個月", S=GS, K="other", M="申報成為規模以上工業企業用時", P=None),
    F("20余人", 20, "人", S=GS, K="other", M="核心團隊", P="2025-09"),
    F("1億元", 100000000, "元", S=GS, K="other", M="產值", P="2025-12", T=True),
    F("3億元", 300000000, "元", S=GS, K="other", M="產值", P="2026", T=True),
    F("約14億元", 1400000000, "元", S=YQ, K="other", M="總投資", P=None),
    F("155畝", 155, "畝", S=YQ, K="other", M="占地面積", P=None),
    F("兩個多月", 2, "個月", S=YQ, K="other", M=None, P=None),
    F("100%", 100, "%", S=YQ, K="other", M="工業廠房去化", P="2025-09"),
    F("7家", 7, "家", S=YQ, K="other", M="首批入駐企業", P="2025-06-20"),
    F("84.8%", 84.8, "%", S=YQ, K="other", M="廠房去化率", P="2025-06-20"),
    F("5.55億美元", 555000000, "美元", S=YQ, K="other", M="外資項目總投資", P=None),
    F("2.6億美元", 260000000, "美元", S=YQ, K="other", M="注冊資金", P=None),
    F("55.5億元", 5550000000, "元", S=YQ, K="other", M="年產值", P=None, T=True),
    F("2000人", 2000, "人", S=YQ, K="other", M="帶動就業", P=None, T=True),
]
DATES = [
    D("2025年09月05日", "2025-09-05"),
    D("9月2日", "2025-09-02", inferred=True),
    D("2025年6月20日", "2025-06-20"),
    D("2025年底", "2025-12"),
    D("2026年", "2026"),
    D("2025年6月20日", "2025-06-20"),
]
EXCLUDE = ["g0ggg", "15:22"]
