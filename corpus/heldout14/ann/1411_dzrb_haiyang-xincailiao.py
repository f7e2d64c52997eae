# 123.232.116.197 (大众日报 e-paper served from an IP address), from the top: headline, the printed date line
# `2023-06-09`, empty `作者:`/`来源:` fields, the paper's name, byline lines `□记者 …` and `通讯员 … 报道`. Cut after
# the last complete paragraph (the next one breaks off).
# No zone (丁字湾智能制造(新材料)产业园 is a park; 海阳, 行村镇, 凤城街道 are places). Companies: 烟台富利新材料科技有限公司
# (registered; the later `富利新材料科技有限公司` without the city is its variant), 山东同邦科技有限责任公司 (registered),
# 同邦新材料 (short, heading the project `同邦新材料一期项目`; not plainly the same name as 山东同邦科技, kept apart),
# 枫林新材料 (short), 谷口油墨有限公司, 兴跃新材料有限公司, 烟台佳合塑胶科技有限公司 (registered, listed with `等4个项目`).
# Figures: `6万吨` (a line's stated annual output, about to start → target), `4个` (projects). `两年前`, `两条`,
# `一条` are small Chinese counts; `BOPP`/`BOPS` product names.
PUBLISHED = "2023-06-09"
PUBLISHED_INFERRED = False
FL = "烟台富利新材料科技有限公司"
ARTICLES = [A("发力新材料 迈向更高端", None)]
ZONES = []
ENTERPRISES = [
    E(FL, ["富利新材料科技有限公司"]),
    E("山东同邦科技有限责任公司"),
    E("同邦新材料", kind="short"),
    E("枫林新材料", kind="short"),
    E("谷口油墨有限公司"),
    E("兴跃新材料有限公司"),
    E("烟台佳合塑胶科技有限公司"),
]
FIGURES = [
    F("6万吨", 60000, "吨", S=FL, K="enterprise", M="一条生产线年产量", P=None, T=True),
    F("4个", 4, "个", S="海阳", K="other", M="进入冲刺期项目", P="2023-06"),
]
DATES = [D("2023-06-09", "2023-06-09")]
EXCLUDE = []
