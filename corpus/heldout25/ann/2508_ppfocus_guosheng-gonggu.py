# ppfocus.com (content aggregator) repost, via 中財網, of a Hong Kong rights-issue prospectus in Traditional script;
# hard line breaks of the filing kept (they split words: `其\n他`, `章\n程`). The stored text breaks off inside the
# 香港結算 paragraph: cut after the one before it. Printed `時間:2020年12月21日 17:25:49` (clock no figure). Title: the
# `原標題:` line's text (the label no part of it). Company: 國盛投資基金有限公司 (registered; `國盛投資` in the headline
# its short name, `本公司` a reference). Not entered: the exchange and clearing operators named as institutions
# (聯交所, 香港結算), the regulator, the registrar, media (中財網). `一股`/`五股` are small Chinese counts; `15.` a list
# number; `第32章`/`第342C條` law references (no figures). Facts: the offer price is a level, no period.
PUBLISHED = "2020-12-21"
PUBLISHED_INFERRED = False
GS = "國盛投資基金有限公司"
ARTICLES = [A("國盛投資:以每股供股股份0.035港元按於記錄日期每持有一股現有股份獲發五股供股股份之基準進行供股", None)]
ZONES = []
ENTERPRISES = [E(GS, ["國盛投資"])]
FIGURES = [
    F("0.035港元", 0.035, "港元", S=GS, K="enterprise", M="每股供股股份價格"),
]
DATES = [D("2020年12月21日", "2020-12-21")]
EXCLUDE = ["17:25:49", "「15.", "第32章", "第342C條"]
