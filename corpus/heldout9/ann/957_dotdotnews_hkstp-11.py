# m.dotdotnews.com (點新聞, Hong Kong news site), Traditional. The stored text prints no date; the story's day is
# `今日(28日)` and the same signing is dated 2024-06-28 by 香港科技園公司's own release (seen in the same search):
# published 2024-06-28 inferred (heldout7's 801: knowledge of the story), `28日` → 2024-06-28. The stored text breaks off
# in the paragraph after 孔祥兆's: cut after the last complete paragraph. Companies: 香港科技園公司 (`…公司` without
# 有限 → short, heldout7) with its `(科技園公司)` short form as variant; 中國建築工程(香港)有限公司 (registered).
# 香港科學園/創新園 are parks, no zones. `IEEE Fellow` no number. Headline figures count on their own.
PUBLISHED = "2024-06-28"
PUBLISHED_INFERRED = True
ST = "香港科技園公司"
PT = "先進製造策略夥伴企業"
DAY = "2024-06-28"
ARTICLES = [A("科技園公司與11間先進製造策略夥伴企業簽約 意向總投資140億港元", None)]
ZONES = []
ENTERPRISES = [E(ST, ["科技園公司"], kind="short"), E("中國建築工程(香港)有限公司")]
FIGURES = [
    F("11間", 11, "間", kind="count", S=ST, K="enterprise", M="簽約先進製造策略夥伴企業", P=DAY),
    F("140億港元", 14000000000, "港元", S=PT, K="other", M="意向總投資", P=None, T=True),
    F("11間", 11, "間", kind="count", S=ST, K="enterprise", M="簽約先進製造策略夥伴企業", P=DAY),
    F("11間", 11, "間", kind="count", S=ST, K="enterprise", M="簽約先進製造策略夥伴企業", P=DAY),
    F("140億港元", 14000000000, "港元", S=PT, K="other", M="意向總投資", P=None, T=True),
    F("超過2200個", 2200, "個", S=PT, K="other", M="就業職位", P=None, T=True),
    F("超過100名", 100, "名", S="香港", K="other", M="IEEE Fellow", P="2024-06"),
]
DATES = [D("28日", DAY, inferred=True)]
EXCLUDE = []
