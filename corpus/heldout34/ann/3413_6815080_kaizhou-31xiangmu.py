# 6815080.com (content farm) copy of a 華龍網/重慶日報 item converted to Traditional script; the headline is stored twice,
# first with the site suffix `-華龍網` (no part of the title); printed `2024-06-28 09:53:48` (clock no figure) →
# published 2024-06-28; the spam line after `責任編輯` cut. `6月27日` → 2024-06-27 (inferred); `二季度` describes the
# quarter of the signing round (`舉行二季度招商引資項目“三集中”活動`, a description, not a formal event name like 3404's
# `…2024年高质量发展大会`): a dated mention, 2024-04..06 (inferred), as heldout16's `一季度`. No zone (開州區 a district), no named company. Figures: the signing totals (headline twice, body once:
# `逾100億元`), forecasts `預計…新增年產值` (target), distances and travel times (`3236米`, `887米`, `10分鐘`, `20分鐘`,
# `2分鐘`) and the lane count `6車道` (unit set by hand, count).
PUBLISHED = "2024-06-28"
PUBLISHED_INFERRED = False
KZ = dict(S="開州區", K="other", P="2024-06-27")
ARTICLES = [A("開州集中簽約31個重點項目 總投資逾100億元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("31個", 31, "個", **KZ, M="集中簽約重點項目"),
    F("逾100億元", 10000000000, "元", **KZ, M="總投資"),
    F("31個", 31, "個", **KZ, M="集中簽約重點項目"),
    F("逾100億元", 10000000000, "元", **KZ, M="總投資"),
    F("31個", 31, "個", **KZ, M="集中簽約重點項目"),
    F("逾100億元", 10000000000, "元", **KZ, M="總投資"),
    F("60多億元", 6000000000, "元", **KZ, M="達產后新增年產值", T=True),
    F("26個", 26, "個", **KZ, M="集中開工重點項目"),
    F("37.5億元", 3750000000, "元", **KZ, M="開工項目總投資"),
    F("15億元以上", 1500000000, "元", **KZ, M="達產后新增年產值", T=True),
    F("18家", 18, "家", **KZ, M="集中投產企業"),
    F("11.5億元", 1150000000, "元", **KZ, M="投產企業總投資"),
    F("10億元以上", 1000000000, "元", **KZ, M="新增年產值", T=True),
    F("10分鐘", 10, "分鐘", S="開州", K="other", M="至渝西高鐵開州站車程", P="2024-06-27"),
    F("3236米", 3236, "米", S="鳳凰梁大橋", K="other", M="全長"),
    F("887米", 887, "米", S="觀音山隧道", K="other", M="全長"),
    F("6車道", 6, "車道", kind="count", S="觀音山隧道", K="other", M="車道"),
    F("20分鐘", 20, "分鐘", S="觀音山隧道", K="other", M="原車程"),
    F("2分鐘", 2, "分鐘", S="觀音山隧道", K="other", M="通車后車程", P="2024-06-27"),
]
DATES = [D("2024-06-28", "2024-06-28"), D("6月27日", "2024-06-27", inferred=True),
         D("二季度", "2024-04", "2024-06", inferred=True)]
EXCLUDE = ["09:53:48"]
