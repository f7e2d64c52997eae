# billyjoesbistro.com (a content-farm copy in Traditional script, with pinyin readings glued into words, of a 金山网
# = 镇江 city media story). No print date; the story's lead gives the meeting day `2024年12月31日`: published
# 2024-12-31 inferred (the URL's 2025/0102 not used: text only). The stored text breaks off mid-paragraph: cut after the
# last complete paragraph. Title = the main headline; the deck below it (`聚力“三區一高地” 推動高質量發展`) is no title.
# Zone 鎮江高新區 (script kept, canonical without the pinyin; printed forms with pinyin are the variants, heldout8),
# bare `高新區(qū)` variant. No enterprises.
# `2025年建設發展工作會議` (title and lead): a meeting's year is a date (heldout10's ceremony years). `十四五`/`十五五`
# plan periods, `明年`, `三年`, `五年` no dates. `兩位數增長` no figure (no digits, no scale word); `第一方陣` rank.
# `預計實現…增長6.5%` for 2024 is an estimate → target (FACTS: forecast); `將力爭…6.5%以上` for 2025 → target.
PUBLISHED = "2024-12-31"
PUBLISHED_INFERRED = True
ZJ = "鎮江高新區"
ZK = dict(S=ZJ, K="zone")
ARTICLES = [A("鎮(zhèn)江高新區(qū)召開2025年建設(shè)發(fā)展工作會議", ZJ)]
ZONES = [Z(ZJ, ["鎮(zhèn)江高新區(qū)", "高新區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("6.5%", 6.5, "%", **ZK, M="地區生產總值增長", P="2024", C=True, T=True),
    F("7%", 7, "%", **ZK, M="居民人均可支配收入增長", P="2024", C=True, T=True),
    F("6.5%以上", 6.5, "%", **ZK, M="GDP增長", P="2025", C=True, T=True),
]
DATES = [
    D("2025年", "2025"),
    D("2024年12月31日", "2024-12-31"),
    D("2025年", "2025"),
    D("2024年", "2024"),
    D("2025年", "2025"),
    D("2024年", "2024"),
    D("2025年", "2025"),
    D("2025年", "2025"),
]
