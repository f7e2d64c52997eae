# uniunivr.com (content farm) copy of a 四川日報 item in Traditional script; whole as returned. The headline line's
# `四川日報:` is a source tag, no part of the title (as heldout16's column tags). Printed `2020-03-26`; `3月25日` → 2020.
# Company: 通威太陽能有限公司 (registered; `成都淮州新城` before it is the place), `通威` in the headline its short form.
# No zone: 淮州新城 is a new town (…新城 is no GUIDE zone word), 金堂 a county. `30GW` in the quoted project name
# `“30GW電池片及配套”` is a number inside a name (GUIDE): no figure, so `30GW` has gold 1 against 2 on the page.
# `千億級` a size class; `四期` a small count; `3-5年內` a duration in 年 (no figures). GW is a measure unit.
# Facts: the project's plan (投資, 年產, 就業, 預計年銷售收入) → target, no period.
PUBLISHED = "2020-03-26"
PUBLISHED_INFERRED = False
TW = "通威太陽能有限公司"
TK = dict(S=TW, K="enterprise", T=True)
ARTICLES = [A("通威太陽能光伏產業基地項目金堂開工", None)]
ZONES = []
ENTERPRISES = [E(TW, ["通威"])]
FIGURES = [
    F("200億元", 20000000000, "元", **TK, M="項目投資"),
    F("30GW", 30, "GW", kind="measure", **TK, M="年產高效太陽能電池"),
    F("1萬余人", 10000, "人", **TK, M="就業"),
    F("700億元以上", 70000000000, "元", **TK, M="年銷售收入"),
]
DATES = [D("2020-03-26", "2020-03-26"), D("3月25日", "2020-03-25", inferred=True)]
EXCLUDE = ["“30GW電池片及配套”", "3-5年"]
