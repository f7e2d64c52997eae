# vakiodaily.org (澳門華僑報, Macau daily, Traditional) column piece on foreign firms in 南京; column tag `(都會風情)`
# and the author's name after the headline are no part of the title. The stored text breaks off in a quote
# (`近年來公`): cut after the paragraph before it. No dated mention: `2025南京金秋經貿洽談會` is an event name and
# `2024自然指數—科研城市` an index's name (GUIDE: years inside names are no dates; excluded), `近三年來` a duration.
# Published `2025` inferred from the fair's name. No zone (自貿試驗區, 臨空經濟示範區 named generically, no place).
# Companies: 西門子股份公司 (`…股份公司` without 有限 → short; `西門子` its short name, also `該公司`), the foreign
# firms 菲尼克斯, 達索, 寶馬 (short); the registered name in the cut quote is not on the page. `西門子Xcelerator長三角科創賦能中心`
# is a centre, `金融資產投資公司` generic. `超百萬名` is a figure (scale word). Counts of Siemens units are its own.
PUBLISHED = "2025"
PUBLISHED_INFERRED = True
SM = "西門子股份公司"
SE = dict(S=SM, K="enterprise")
NJ = dict(S="南京", K="other")
ARTICLES = [A("「築巢引鳳」外企紛至沓來", None)]
ZONES = []
ENTERPRISES = [E(SM, ["西門子"], kind="short"), E("菲尼克斯", kind="short"), E("達索", kind="short"), E("寶馬", kind="short")]
FIGURES = [
    F("1個", 1, "個", **SE, M="南京區域總部"),
    F("2家", 2, "家", **SE, M="南京製造工廠"),
    F("2個", 2, "個", **SE, M="南京研發中心"),
    F("4家", 4, "家", **SE, M="南京分公司"),
    F("5000多家", 5000, "家", **NJ, M="落戶外資企業"),
    F("近130億美元", 13000000000, "美元", **NJ, M="實際利用外資"),
    F("50多所", 50, "所", **NJ, M="高等院校"),
    F("90多位", 90, "位", **NJ, M="兩院院士"),
    F("超百萬名", 1000000, "名", **NJ, M="在校大學生"),
    F("超2000億元", 200000000000, "元", **NJ, M="產業基金規模"),
    F("300億元", 30000000000, "元", **NJ, M="股權投資基金"),
    F("超5300個", 5300, "個", **NJ, M="應用場景"),
]
DATES = []
EXCLUDE = ["2025南京金秋經貿洽談會", "2024自然指數"]
