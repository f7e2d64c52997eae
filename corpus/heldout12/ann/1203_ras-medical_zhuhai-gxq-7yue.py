# ras-medical.com (徕斯医疗, a medical-device company's news page reposting a 珠海高新区 item), printed `2023-10-18`
# (repost date), view counter `161` (furniture), company/channel lines `徕斯医疗`/`徕斯新闻`. Cut after the fifth
# paragraph (the returned text broke off in the sixth). `7月28日` → 2023-07-28 and `七月重点项目签约仪式` (a ceremony's
# month, heldout10) → 2023-07, years inferred from the printed date.
# Zone 珠海高新区 (bare `高新区` a variant). Enterprises: 芯视元, 聚芯珠海, 立柏生物, 聚磁动力 (short, signing
# companies); 珠海高新金投 (short, the zone's state-owned investment company; `高新金投` a variant); 徕斯医疗 (the
# publishing company, named as itself: short). Not enterprises: 华强睿嘉基金, 浩澜工研基金 (funds), 上海智能产业创新研究院
# (institute), 黑河市科技局 (government), `区属国企`/`产业园区运营公司` (unnamed).
PUBLISHED = "2023-10-18"
PUBLISHED_INFERRED = False
ZH = "珠海高新区"
ARTICLES = [A("战略合作、基金签约、项目落地,珠海高新区按下招商引资“加速键”", ZH)]
ZONES = [Z(ZH, [ZH, "高新区"])]
ENTERPRISES = [
    E("徕斯医疗", kind="short"),
    E("芯视元", kind="short"), E("聚芯珠海", kind="short"), E("立柏生物", kind="short"), E("聚磁动力", kind="short"),
    E("珠海高新金投", ["高新金投"], kind="short"),
]
FIGURES = [
    F("11个", 11, "个", S=ZH, K="zone", M="重点项目签约入驻", P="2023-07-28"),
    F("13亿元", 1300000000, "元", S="珠海高新金投", K="enterprise", M="投资基金目标规模", P=None, T=True),
]
DATES = [D("2023-10-18", "2023-10-18"), D("7月28日", "2023-07-28", inferred=True), D("七月", "2023-07", inferred=True)]
EXCLUDE = ["161"]
