# hkstock.infocastfn.com (匯港資訊, Hong Kong financial wire), Traditional, printed `01/12/2024 19:24` read as
# day/month (Hong Kong usage, heldout7's `18/2`) → 2024-12-01 (clock no figure). The trailing ` X` of the headline line
# is a close button, not part of the title. Hashtags and the English disclaimer cut (after the last paragraph).
# No GUIDE zone (科技園/科學園 Hong Kong parks). 香港科技園公司 (`…公司` without 有限 → short, heldout9). `700、800間`
# → one ranged figure 700..800 間. `大約1800間` approx; `現時` → the publication month.
PUBLISHED = "2024-12-01"
PUBLISHED_INFERRED = False
KJ = "香港科技園公司"
EK = dict(S=KJ, K="enterprise")
ARTICLES = [A("科技園:疫後公司數目迅速增長 已增至1800間", None)]
ZONES = []
ENTERPRISES = [E(KJ, kind="short")]
FIGURES = [
    F("1800間", 1800, "間", **EK, M="園區公司數目", P="2024-12"),
    F("大約1800間", 1800, "間", **EK, M="園區公司數目", P="2024-12"),
    F("200多間", 200, "間", **EK, M="創業培育計劃公司", P="2016"),
    F("700、800間", 700, "間", vmax=800, **EK, M="創業培育計劃公司", P="2024-12"),
]
DATES = [D("01/12/2024", "2024-12-01"), D("2016年", "2016")]
EXCLUDE = ["19:24"]
