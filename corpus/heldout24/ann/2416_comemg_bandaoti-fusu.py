# comemg.com (content farm) copy in Traditional script of a 每經AI快訊 item citing 證券日報; whole as returned. No printed
# date: the first-half results and interim dividends of 2024 are reported → published 2024 (inferred).
# Dates: `2024年上半年` (2024-01..2024-06), `第二季度` twice (2024-04..2024-06, inferred), `今年上半年` (inferred);
# `去年同期` is a comparison base, no date. No company is named (the data vendor `Wind` and the papers are sources, not
# subjects; 中國聯合國採購促進會 an association). No zone. `X成` → X·10 % (heldout16): `近九成` 90 approx, `七成` 70.
# `5G` no figure. Subject of every figure: 滬市半導體公司 (the 130-odd Shanghai-listed chip firms).
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
H1 = ("2024-01", "2024-06")
Q2 = ("2024-04", "2024-06")
HS = dict(S="滬市半導體公司", K="other")
ARTICLES = [A("半導體行業持續復甦,產業鏈上市公司搶抓機遇謀發展", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("130餘家", 130, "家", **HS, M="半導體公司", P=H1),
    F("2112億元", 211200000000, "元", **HS, M="營業收入", P=H1),
    F("18.7%", 18.7, "%", **HS, M="營業收入同比增長", P=H1, C=True),
    F("超70%", 70, "%", **HS, M="營業收入正增長的公司占比", P=H1),
    F("超50%", 50, "%", **HS, M="淨利潤改善的公司占比", P=H1),
    F("14.6%", 14.6, "%", **HS, M="單季營收環比增長", P=Q2, C=True),
    F("74.9%", 74.9, "%", **HS, M="淨利潤環比增長", P=Q2, C=True),
    F("近九成", 90, "%", **HS, M="營收環比正增長的公司占比", P=Q2),
    F("七成", 70, "%", **HS, M="淨利潤環比改善的公司占比", P=Q2),
    F("13家", 13, "家", **HS, M="披露中期分紅預案的公司", P="2024"),
    F("約7億元", 700000000, "元", **HS, M="合計分紅金額", P="2024"),
]
DATES = [D("2024年上半年", "2024-01", "2024-06"), D("第二季度", "2024-04", "2024-06", inferred=True),
         D("第二季度", "2024-04", "2024-06", inferred=True), D("今年上半年", "2024-01", "2024-06", inferred=True)]
EXCLUDE = ["5G"]
