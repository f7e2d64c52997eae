# ssbofei.com (content farm) copy of a 中國水泥網 (ccement.com) item on a listed company's announcement, converted to
# Traditional script with pinyin readings glued into words (`生產(chǎn)`, `萬(wàn)元`); the site's `監(jiān)督:`/`投稿:` footer
# lines cut after the byline `編輯:周程`. Published `2021-03-31` (inferred: `3月31日` with the body's `2021年3月31日`).
# Company: 東方雨虹 (short, listed; stock code `002271` furniture, EXCLUDE). 科爾沁左翼后旗人民政府 is a government;
# `東方雨虹通遼綠色新材料生產基地項目` a project (its company is the entry). No zone (旗, 市 are no zones).
# Figures: `4000萬(wàn)元` keeps the glued reading in its text (value 4e7, unit 元); `6億元、8億元` two figures, each
# with its own unit. All the project's numbers are plans (擬, 計劃, 預計) → target; the phases' investments are due by
# `2024年6月份` (period 2024-06), the first phase's output after it reaches capacity (no period).
PUBLISHED = "2021-03-31"
PUBLISHED_INFERRED = True
DY = "東方雨虹"
EK = dict(S=DY, K="enterprise")
ARTICLES = [A("東方雨虹:擬投資20億元建通遼綠色新材料生產(chǎn)基地項(xiàng)目", None)]
ZONES = []
ENTERPRISES = [E(DY, kind="short")]
FIGURES = [
    F("20億元", 2000000000, "元", **EK, M="通遼綠色新材料生產基地項目投資", P=None, T=True),
    F("20億元", 2000000000, "元", **EK, M="項目投資", P=None, T=True),
    F("6億元", 600000000, "元", **EK, M="一期計劃投資", P=None, T=True),
    F("10億元", 1000000000, "元", **EK, M="一期年產值", P=None, T=True),
    F("4000萬(wàn)元", 40000000, "元", **EK, M="一期納稅", P=None, T=True),
    F("100人以上", 100, "人", **EK, M="一期新增就業崗位", P=None, T=True),
    F("6億元", 600000000, "元", **EK, M="二期投資", P="2024-06", T=True),
    F("8億元", 800000000, "元", **EK, M="三期投資", P="2024-06", T=True),
    F("30億元", 3000000000, "元", **EK, M="年銷售收入", P=None, T=True),
    F("1.2億元", 120000000, "元", **EK, M="納稅", P=None, T=True),
    F("400人以上", 400, "人", **EK, M="新增就業崗位", P=None, T=True),
]
DATES = [D("3月31日", "2021-03-31", inferred=True), D("2021年3月31日", "2021-03-31"), D("2021年6月份", "2021-06"),
         D("2022年8月份", "2022-08"), D("2024年6月份", "2024-06")]
EXCLUDE = ["002271"]
