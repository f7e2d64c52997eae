# hk.usmartglobal.com (Hong Kong broker's site), a 格隆匯 digest in Traditional script of a HK-listed company's
# announcement; the English regulatory banner kept (`CE number: BJA907` is a licence code, no figure). The stored text
# breaks off mid-sentence: cut after the 發展地塊B paragraph. Printed `01-17 22:26` without year: dated mention, year
# from the body's `2023年1月9日` (inferred, as heldout16's 1601); published 2023-01-17 inferred.
# Companies: 中華銀科技 (short; listed name with code `00515`, furniture), 中山達進 (its indirect subsidiary, short).
# 中山市三角鎮人民政府 a government; 達進電路板環保共性產業園 is a park/project name (no company entry beyond 中山達進's
# own short name). Street numbers `98號`, `91號` and phase names `第3A期`/`第3B期` are no figures.
# `1.0至1.5倍` a range (ratio); `增至3.5倍` the agreed new plot ratio (target, a level). Project floor areas are plans
# (可能…興建 → target); plot areas are facts with no period; `目前…58,015平方米` takes the publication day.
PUBLISHED = "2023-01-17"
PUBLISHED_INFERRED = True
ZY = "中華銀科技"
EK = dict(S=ZY, K="enterprise")
ARTICLES = [A("中華銀科技(00515.HK)訂立兩份項目協議", None)]
ZONES = []
ENTERPRISES = [E(ZY, kind="short"), E("中山達進", kind="short")]
FIGURES = [
    F("151,875.44平方米", 151875.44, "平方米", **EK, M="項目A總建築面積", T=True),
    F("65,999.7平方米", 65999.7, "平方米", **EK, M="發展地塊A總地塊面積"),
    F("248,333.45平方米", 248333.45, "平方米", **EK, M="項目B總建築面積", T=True),
    F("66,666.7平方米", 66666.7, "平方米", **EK, M="發展地塊B總地塊面積"),
    F("1.0至1.5倍", 1.0, "倍", vmax=1.5, **EK, M="發展地塊B原先獲准最高地積比率"),
    F("58,015平方米", 58015, "平方米", **EK, M="發展地塊B廠房及配套物業總建築面積", P="2023-01-17"),
    F("3.5倍", 3.5, "倍", **EK, M="發展地塊B地積比率", T=True),
]
DATES = [D("01-17", "2023-01-17", inferred=True), D("1月17日", "2023-01-17", inferred=True), D("2023年1月9日", "2023-01-09")]
EXCLUDE = ["BJA907", "00515", "22:26", "98號", "91號", "第3A期", "第3B期"]
