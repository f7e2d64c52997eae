# ezone.hk (e-zone, Hong Kong tech weekly's site), Traditional, byline line `| 鍾案平 | 18-04-2019 16:27 |`
# (dd-mm-yyyy, Hong Kong usage; clock no figure), the headline stored again above the lead and in two photo captions
# (one title), three `【相關報道】` teaser links kept (their figures/dates count; they are no titles). The stored text
# breaks off in the paragraph after the last caption: cut after that caption.
# No zone: 數碼港 and 香港科學園 are Hong Kong parks (heldout7/10). Companies: 中移動 (short, in a teaser).
# 香港科技園 is named without 公司 (an organisation, heldout7's 數碼港 rule), no entry.
# `6 成不到` → 60 % approx (`X成`, 不到); `港幣 55 億元` → 元; `半億` (0.5 億, scale word) → 50000000, no unit "";
# `第 1 隻` an ordinal, `1 隻` a count; `逾 10 億美元` the unicorn threshold (a figure); `5G`, `26/28GHz` codes;
# `第二屆` ordinal. `6月` (teaser: e-sports hall to be completed in June) → 2019-06 (year inferred).
PUBLISHED = "2019-04-18"
PUBLISHED_INFERRED = False
CP = dict(S="數碼港", K="other")
SP = dict(S="香港科學園", K="other")
Y = 100000000
ARTICLES = [A("數碼港出租率低科學園爆場?創科局長解話", None)]
ZONES = []
ENTERPRISES = [E("中移動", kind="short")]
FIGURES = [
    F("6 成不到", 60, "%", approx=True, **CP, M="出租率", P="2019-04"),
    F("港幣 55 億元", 55*Y, "元", **CP, M="擴建投資", P=None, T=True),
    F("88%", 88, "%", **SP, M="出租率", P="2019-04"),
    F("半億", 50000000, "", kind="money", S="數碼港電競館", K="other", M="興建費", P=None),
    F("500人", 500, "人", S="數碼港電競館", K="other", M="容納人數", P=None),
    F("1 隻", 1, "隻", kind="count", **CP, M="獨角獸", P="2019-04"),
    F("逾 10 億美元", 10*Y, "美元", S="獨角獸", K="other", M="估值門檻", P=None),
    F("近 88%", 88, "%", **SP, M="出租率", P="2019-04"),
]
DATES = [
    D("18-04-2019", "2019-04-18"),
    D("6月", "2019-06", inferred=True),
]
EXCLUDE = ["16:27", "第 1 隻", "5G", "26/28GHz"]
