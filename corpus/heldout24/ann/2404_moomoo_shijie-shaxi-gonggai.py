# moomoo.com (broker news page, Japanese interface) carrying an AASTOCKS item in Traditional script on a Hong Kong
# listed company. `share_log` kept; the Japanese disclaimer and comment widget after the last paragraph cut.
# Printed `2023/07/20 20:31` → published (clock no figure); stock code `00713` (twice) furniture.
# Companies: 世界(集團) (the listed company's name as printed; ends in 集團 without 公司 → group), its wholly-owned units
# 華南中山 and 豐寶中山 (short). `集團公司` is a generic reference; 中山市沙溪鎮人民政府 a government.
# No zone (涌邊工業區 is a 工業區). `分別擁有…約107畝…及約119畝`: 107 is 華南中山's, 119 豐寶中山's (分別).
# Land areas are holdings with no period; `約50%` is part of the plan (擬 → target). `兩宗地` small count, no figure.
PUBLISHED = "2023-07-20"
PUBLISHED_INFERRED = False
SJ = "世界(集團)"
ARTICLES = [A("世界(集團)(00713.HK)與中山沙溪鎮政府訂立意向書 擬增建廠房面積", None)]
ZONES = []
ENTERPRISES = [E(SJ, kind="group"), E("華南中山", kind="short"), E("豐寶中山", kind="short")]
FIGURES = [
    F("約107畝", 107, "畝", S="華南中山", K="enterprise", M="廠址土地面積"),
    F("約119畝", 119, "畝", S="豐寶中山", K="enterprise", M="短期出租土地面積"),
    F("約226畝", 226, "畝", S=SJ, K="enterprise", M="工業土地面積"),
    F("約50%", 50, "%", S=SJ, K="enterprise", M="改造後多出之廠房及其他物業", T=True),
]
DATES = [D("2023/07/20", "2023-07-20")]
EXCLUDE = ["00713", "20:31"]
