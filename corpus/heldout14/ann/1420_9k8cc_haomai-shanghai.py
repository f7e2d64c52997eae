# 9k8cc.com (a copy of 中國西藏網's Traditional edition, like heldout10's njpanjin page), from the top: list bullets
# with leftover HTML tags (`<strike id="qc0qw">…`, furniture; the `0` inside is no figure), the crumb line
# `中國西藏網 > 即時新聞 > 國內`, the headline, `發布時間:2023-09-11 15:38:00來源: 中國新聞網` (printed date; clock no
# figure). Cut after the last complete paragraph (the 益普生 paragraph breaks off). Dateline `9月10日電` → 2023-09-10,
# `8日` → 2023-09-08 (year/month inferred); `2023財年` → 2023 (a fiscal year, as GUIDE's `2021年度`).
# No zone: 莘莊工業園區 is a Shanghai municipal industrial park (heldout10 excludes 金山工业区 the same way).
# Company: 豪邁集團 (Halma; `英國豪邁集團` with the nationality word, `英國豪邁` and bare `豪邁` are variants; `…集團` →
# group). Its subsidiaries are unnamed.
# Figures: `11000平方米`, `15家`, `接近40家` (approx), `超過800名`, `15%`. `近一半` is a vague share (no numeral).
PUBLISHED = "2023-09-11"
PUBLISHED_INFERRED = False
HM = "豪邁集團"
HK = dict(S=HM, K="enterprise")
ARTICLES = [A("外資企業在滬投資擴建動作頻頻", None)]
ZONES = []
ENTERPRISES = [E(HM, ["英國豪邁集團", "英國豪邁", "豪邁"], kind="group")]
FIGURES = [
    F("11000平方米", 11000, "平方米", S="亞太區生產與研發一體化基地", K="other", M="總面積", P=None),
    F("15家", 15, "家", **HK, M="進駐基地子公司", P="2023-09-08"),
    F("接近40家", 40, "家", **HK, M="在華子公司", P="2023-09"),
    F("超過800名", 800, "名", **HK, M="在華員工人數", P="2023-09"),
    F("15%", 15, "%", **HK, M="亞太區收入占總收入", P="2023"),
]
DATES = [
    D("2023-09-11", "2023-09-11"),
    D("9月10日", "2023-09-10", inferred=True),
    D("8日", "2023-09-08", inferred=True),
    D("2006年", "2006"),
    D("2023財年", "2023"),
]
EXCLUDE = ["qc0qw", "15:38:00"]
