# cqzcp.cn (aggregator, `toutiao` channel) copy of a 南方财经 interview; the series tag `大湾区·大引力丨` is no part of
# the title; the site's `郑重声明` disclaimer after the body cut. No printed date: `11月7日` is the release of the
# `2024广东外资企业百强榜单` (a list's name, no date, excluded) → published 2024-11 (inferred), 11月7日 → 2024-11-07.
# Relative dates: `去年7月` → 2023-07, `同年9月` (the same year) → 2023-09 (year inferred); `2019年`, `2022年9月` printed.
# `投资中国139年` (twice) and `不到3年` are durations in 年: no figures (GUIDE), excluded. Companies: 巴斯夫 (short) and
# its subsidiary 巴斯夫一体化基地有限公司 (registered, a separate entry); the resin maker is anonymous. No zone.
PUBLISHED = "2024-11"
PUBLISHED_INFERRED = True
ARTICLES = [A("巴斯夫马诚柯:投资中国139年,将持续扩大在华南的影响力", None)]
ZONES = []
ENTERPRISES = [E("巴斯夫", kind="short"), E("巴斯夫一体化基地有限公司")]
FIGURES = [
    F("超过25家", 25, "家", S="巴斯夫", K="enterprise", M="同地协作活动参与企业", P="2023-09"),
]
DATES = [D("11月7日", "2024-11-07", inferred=True), D("2019年", "2019"), D("2022年9月", "2022-09"),
         D("去年7月", "2023-07", inferred=True), D("同年9月", "2023-09", inferred=True)]
EXCLUDE = ["2024广东外资企业百强榜单", "139年", "不到3年"]
