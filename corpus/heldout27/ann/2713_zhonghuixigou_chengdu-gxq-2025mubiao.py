# zhonghuixigou.com (content farm, `新聞源 財富源` finance-portal skin) copy of a 科技日报 item converted to Traditional
# script with pinyin readings glued after many words (`高新區(qū)`, `萬(wàn)億元`), all kept as stored. Furniture kept: the
# farm's own date line `2025年04月22日 星期二` (a printed calendar date → a dated mention), crumbs, `字號`, the
# `發布時間:2015-09-09 01:30:44 來源:科技日報 作者:佚名 責任編輯:羅伯特` row (clock no figure). The stored text breaks off
# in the `七個高新` paragraph: cut after the one before. Published 2015-09-09 (the article's printed date).
# Zone: 成都高新區 (6×, stored as `成都高新區(qū)`; primary). `國家自主創新示范區` names the designation with no place before
# it (generic, no entry); `創新驅動發展引領區`/`開放創新示範區` are slogan goals. No enterprise.
# Dates: `2025年04月22日` (farm's date), `2015-09-09`, `9月6日` → 2015-09-06 and `今年6月` → 2015-06 (inferred),
# `到2025年` (text `2025年`, the target year) → 2025. `未來10年`/`今後十年` are durations in 年 (no figures, no dates).
# Figures: `1.5萬(wàn)億元` → 1.5×10^12 元 (the glued reading splits 萬億: check.py reads only 億 and reports VALUE?, explained
# in the README); `2萬(wàn)家` → 20000; `3個(gè)到5個(gè)` a range 3–5 (unit 個); `千億級` a size class, `第8個` an ordinal, `七個`/`十大`
# small Chinese counts. Facts: subject 成都高新區, targets for 2025.
PUBLISHED = "2015-09-09"
PUBLISHED_INFERRED = False
CD = "成都高新區"
T25 = dict(S=CD, K="zone", P="2025", T=True)
ARTICLES = [A("成都高新區(qū)提出未來(lái)十年發(fā)展新目標(biāo)", CD)]
ZONES = [Z(CD, ["成都高新區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("1.5萬(wàn)億元", 1500000000000, "元", **T25, M="總產值"),
    F("2萬(wàn)家", 20000, "家", **T25, M="聚集科技企業"),
    F("3個(gè)到5個(gè)", 3, "個", vmax=5, **T25, M="新的千億級產業集群"),
]
DATES = [D("2025年04月22日", "2025-04-22"), D("2015-09-09", "2015-09-09"), D("9月6日", "2015-09-06", inferred=True),
         D("2025年", "2025"), D("今年6月", "2015-06", inferred=True)]
EXCLUDE = ["01:30:44", "未來(lái)10年", "第8個(gè)"]
