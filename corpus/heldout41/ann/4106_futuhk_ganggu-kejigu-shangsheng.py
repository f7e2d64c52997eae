# futuhk.com blog (富途, a Hong Kong broker's investment column), Traditional, Hong Kong wording; tickers printed in the
# broker's `$名稱 (代號.HK)$` tag form (codes excluded). Kicker `科技股投資攻略` is not the title. Cut after the last
# complete paragraph (the returned text broke off at `科技股在第三季出現完`).
# No date line: written after the National Day holiday of 2025 (`港股在國慶假期後…`, title asks about `第四季`) →
# published inferred "2025-10". Quarter and half-year mentions are calendar times: `第四季` → 2025-10..12,
# `2025年第三季` and each bare `第三季` (seven) → 2025-07..09, `2025年的上半年` and bare `上半年` → 2025-01..06; `年初至今`
# and `國慶假期` carry no calendar value; the section head `港股科技股2025年表現` gives a date `2025年`. `10天或20天線` (moving averages) is excluded.
# Companies (short): 富途 (the broker whose analyst speaks), DeepSeek (the model maker, named by its brand), 阿里巴巴
# (`阿里巴巴-W`), 中芯國際 (`中芯`), 紫金礦業, 華虹半導體, 蔚來-SW, 商湯-W, 百度. Indices are subjects `other`.
PUBLISHED = "2025-10"
PUBLISHED_INFERRED = True
Q3 = ("2025-07", "2025-09")
H1 = ("2025-01", "2025-06")
YTD = ("2025-01", "2025-09")
HSI = dict(S="恒生指數", K="other")
HST = dict(S="恒生科技指數", K="other")
def ent(name):
    return dict(S=name, K="enterprise", P=Q3, C=True)
ARTICLES = [A("港股科技股上升原因 | 第四季可以再下一城?", None)]
ZONES = []
ENTERPRISES = [E("富途", kind="short"), E("DeepSeek", kind="short"), E("阿里巴巴", ["阿里巴巴-W"], kind="short"),
               E("中芯國際", ["中芯"], kind="short"), E("紫金礦業", kind="short"), E("華虹半導體", kind="short"),
               E("蔚來-SW", kind="short"), E("商湯-W", kind="short"), E("百度", kind="short")]
FIGURES = [
    F("27000點", 27000, "點", **HSI, M="突破", P=Q3),
    F("21.9%", 21.9, "%", **HST, M="大升", P=Q3, C=True),
    F("49.6%", 49.6, "%", **HST, M="年初至今累升", P=YTD, C=True),
    F("27000點", 27000, "點", **HSI, M="突破關口", P="2025-10"),
    F("6600點", 6600, "點", **HST, M="突破關口", P="2025-10"),
    F("11.6%", 11.6, "%", **HSI, M="上升", P=Q3, C=True),
    F("21.9%", 21.9, "%", **HST, M="大升", P=Q3, C=True),
    F("78%", 78, "%", **ent("中芯國際"), M="季度累升"),
    F("62.6%", 62.6, "%", **ent("紫金礦業"), M="累升"),
    F("61.2%", 61.2, "%", **ent("阿里巴巴"), M="累升"),
    F("130%", 130, "%", **ent("華虹半導體"), M="上升"),
    F("109%", 109, "%", **ent("蔚來-SW"), M="上升"),
    F("近94%", 94, "%", **ent("商湯-W"), M="上升"),
    F("60%", 60, "%", **ent("百度"), M="上升"),
    F("20%", 20, "%", **HSI, M="上升", P=H1, C=True),
    F("18.7%", 18.7, "%", **HST, M="上升", P=H1, C=True),
    F("49.6%", 49.6, "%", **HST, M="年初至今升幅", P=YTD, C=True),
    F("36%", 36, "%", **HSI, M="年初至今升幅", P=YTD, C=True),
]
Q3i = dict(end=Q3[1], inferred=True)
DATES = [D("第四季", "2025-10", "2025-12", inferred=True), D("2025年第三季", Q3[0], Q3[1]), D("2025年", "2025"),
         D("2021年8月", "2021-08"),
         D("2021年12月", "2021-12"), D("2025年第三季", Q3[0], Q3[1])] + \
        [D("第三季", Q3[0], **Q3i) for _ in range(6)] + \
        [D("2025年的上半年", H1[0], H1[1]), D("上半年", H1[0], H1[1], inferred=True), D("第三季", Q3[0], **Q3i)]
EXCLUDE = ["10天或20天線", "(800000.HK)", "(800700.HK)", "(00981.HK)", "(02899.HK)", "(09988.HK)", "(01347.HK)",
           "(09866.HK)", "(00020.HK)"]
