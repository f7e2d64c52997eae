# devzh.cn.nikkei.com (日經中文網, a foreign wire's Chinese edition), Traditional; menu lines (`20xx 水曜日`, `0708`),
# crumbs repeating the headline and `PRINT` kept; the rating widget after the copyright line cut. Printed `2023/01/10`.
# No zone (大連 is a city). Companies, all short: SK海力士 (`南韓SK海力士`, twice), 英特爾 (twice), 豐田, 松下,
# 日本電産, THK, 松井味增, 斯凱孚 with `SKF`; 招商局集團 (group). `過去4年` is a duration in 年, `第3座` an ordinal
# (no figures). `約1億5000萬元` one figure (1.5億). `2023年初` → 2023-01 (as `年底` → 12); `2023年秋` → 2023; the
# caption `(2022年12月)` a date; `12月` (松井味增's licence) → 2022-12 (inferred). Currency `美元`, `日元` money.
PUBLISHED = "2023-01-10"
PUBLISHED_INFERRED = False
ARTICLES = [A("日韓等外資在大連擴大設備投資", None)]
ZONES = []
ENTERPRISES = [E("SK海力士", kind="short"), E("英特爾", kind="short"), E("豐田", kind="short"),
               E("松下", kind="short"), E("日本電産", kind="short"), E("THK", kind="short"),
               E("松井味增", kind="short"), E("斯凱孚", ["SKF"], kind="short"), E("招商局集團", kind="group")]
S, K = "大連市", "other"
FIGURES = [
    F("18億美元", 1800000000, "美元", S=S, K=K, M="實際利用外資", P=("2022-01", "2022-11")),
    F("16.7億美元", 1670000000, "美元", S=S, K=K, M="實際利用外資", P="2021"),
    F("6.5億美元左右", 650000000, "美元", S=S, K=K, M="投資額", P=("2019", "2020")),
    F("約1億5000萬元", 150000000, "元", S="THK", K="enterprise", M="新工廠投資", P="2023-01", T=True),
    F("約20億日元", 2000000000, "日元", S="松井味增", K="enterprise", M="投資", P="2023", T=True),
]
DATES = [D("2023/01/10", "2023-01-10"), D("2022年", "2022"), D("2022年12月", "2022-12"),
         D("2022年1~11月", "2022-01", "2022-11"), D("2021年", "2021"), D("2019~2020年", "2019", "2020"),
         D("2022年", "2022"), D("2023年初", "2023-01"), D("12月", "2022-12", inferred=True), D("2023年秋", "2023")]
EXCLUDE = ["20xx", "0708", "過去4年", "第3座"]
