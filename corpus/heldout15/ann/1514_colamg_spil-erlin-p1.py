# colamg.com (content site reposting a Taiwan financial-news story, Traditional with mainland glyphs `啓`/`爲`). The
# tag `《半導體》` is no part of the title. The stored text breaks off in the third paragraph: cut after the last
# complete paragraph. The page prints no date and the text gives none for the ceremony: published null (heldout10's
# 1005); its only dated mention is the target year `2050年`.
# No zone (中科二林園區 is a Taiwan science park). Companies: 矽品精密 (`矽品`), 日月光投控 (`日月光` short form, a
# variant). 經濟部工業局, 道瓊永續指數, CDP are no companies.
# `8至10年`, `連續7年`, `連續6年` durations in 年; `P1` a plant code; `500萬度(kWh)` → 5000000 度.
PUBLISHED = None
PUBLISHED_INFERRED = True
SP = "矽品精密"
EK = dict(S=SP, K="enterprise")
Y = 100000000
ARTICLES = [A("日月光擴大投資中臺灣 矽品中科二林廠P1落成啓用", None)]
ZONES = []
ENTERPRISES = [E(SP, ["矽品"], kind="short"), E("日月光投控", ["日月光"], kind="short")]
FIGURES = [
    F("800億元", 800*Y, "元", **EK, M="二林新廠總投資額", P=None, T=True),
    F("14.5公頃", 14.5, "公頃", **EK, M="開發面積", P=None),
    F("近7000個", 7000, "個", **EK, M="工作機會", P=None, T=True),
    F("500萬度", 5000000, "度", **EK, M="太陽能年發電量", P=None, T=True),
    F("1200戶", 1200, "戶", **EK, M="相當家庭年用電量", P=None, T=True),
]
DATES = [D("2050年", "2050")]
EXCLUDE = ["P1", "8至10年", "連續7年", "連續6年"]
