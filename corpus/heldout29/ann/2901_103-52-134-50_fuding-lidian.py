# 103.52.134.50 (bare-IP content mirror) copy of a 中新网 wire on 福鼎 lithium-battery parks; printed `发布时间:2024-11-23`
# (the mirror's date, kept as printed though the story is older, as heldout16's 1609), clock and the garbled
# `sp20241123` source code excluded. Stored text breaks off in the `当地官方称…佳阳` paragraph: cut after the caption
# before it. The dateline `11月1日电`, `1日说` and the caption's `1日` are plainly 2023 (the inspection of
# `2023年第三季度` work, `2023年总产值预计`): 2023-11-01, year inferred. `2023年第三季度` in the inspection's name is
# the quarter inspected, a dated span (heldout16: a ceremony's year is a date). No zone (龙安化工园区 a chemical park).
# Companies: 宁德时代; 福鼎时代 (company heading its 生产基地项目); 邦普 (heads 宁德邦普新材料产业园, and listed) and
# the other project heads 鼎盛, 凯欣, 国泰 (short, heldout10). `千亿产业园`/`千亿产业集群` are size classes, no figures;
# `超千亿元` (项目产值) is one (heldout16 NEW). `120GWh` capacity: unit GWh (other).
PUBLISHED = "2024-11-23"
PUBLISHED_INFERRED = False
LA = dict(S="福鼎市龙安化工园区", K="other")
ARTICLES = [A("福建稳经济观察:福建宁德新能源产业集聚发展", None)]
ZONES = []
ENTERPRISES = [E("宁德时代", kind="short"), E("福鼎时代", kind="short"), E("邦普", kind="short"),
               E("鼎盛", kind="short"), E("凯欣", kind="short"), E("国泰", kind="short")]
FIGURES = [
    F("约217亿元", 21700000000, "元", S="宁德邦普新材料产业园", K="other", M="总投资"),
    F("539公顷", 539, "公顷", **LA, M="总规划面积"),
    F("62家", 62, "家", **LA, M="入驻企业", P="2023-11-01"),
    F("200亿元", 20000000000, "元", **LA, M="总产值", P="2023", T=True),
    F("120GWh", 120, "GWh", S="福鼎时代", K="enterprise", M="规划产能", T=True),
    F("超千亿元", 100000000000, "元", S="福鼎时代", K="enterprise", M="产值", T=True),
]
DATES = [D("2024-11-23", "2024-11-23"), D("11月1日", "2023-11-01", inferred=True), D("1日", "2023-11-01", inferred=True),
         D("2023年", "2023"), D("1日", "2023-11-01", inferred=True), D("2023年第三季度", "2023-07", "2023-09"),
         D("2021年1月", "2021-01")]
EXCLUDE = ["22:30:18", "sp20241123"]
