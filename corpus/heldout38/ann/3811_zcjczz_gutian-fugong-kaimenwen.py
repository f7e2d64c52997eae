# zcjczz.com (content farm) copy of a 闽东日报 item in Traditional with glued pinyin readings and stray commas (`,,`, `,。`);
# credits lines kept; whole as returned. The factory manager's company name is garbled beyond reading by the conversion
# (`?睂幍吕な⑵嚥考邢薰…`): no entry, and the figures he gives have no subject. No date printed: the headline's `兔年`
# (the Year of the Rabbit) gives 2023 (NEW: a zodiac year is a dated mention with its Gregorian year, not inferred);
# published 2023 (inferred). `正月初七` → 2023-01-28 (lunar day, heldout16 NEW; Spring Festival 2023-01-22);
# `第一季度`, `一季度` → 2023-01..2023-03; `去年` → 2022 for the period of last year's output. No zone (寧達汽配小微園 a
# park, 古田縣 a county). Companies (short): 上汽 (`上汽寧德基地`, its plant, a variant), 時代新能源. `百億元以上` a
# Chinese-numeral amount with a scale word → 100億元, approx.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
Q1 = ("2023-01", "2023-03")
ND = dict(S="寧達汽配小微園", K="other")
ARTICLES = [A("古田:復(fù)工復(fù)產(chǎn)正當時 兔年沖刺“開門穩(wěn)”", None)]
ZONES = []
ENTERPRISES = [E("上汽", ["上汽寧德基地"], kind="short"), E("時代新能源", kind="short")]
FIGURES = [
    F("3000多萬元", 30000000, "元", M="第一季度產值", P=Q1, T=True),
    F("8700多萬元", 87000000, "元", M="去年全年產值", P="2022"),
    F("1.2億元", 120000000, "元", M="今年產值", P="2023", T=True),
    F("7家", 7, "家", **ND, M="全面復工復產企業"),
    F("600畝", 600, "畝", **ND, M="項目規劃用地"),
    F("百億元以上", 10000000000, "元", **ND, M="達產後產值", T=True),
    F("5000人以上", 5000, "人", **ND, M="帶動就業", T=True),
]
DATES = [D("兔年", "2023"), D("正月初七", "2023-01-28", inferred=True), D("第一季度", Q1[0], Q1[1], inferred=True),
         D("一季度", Q1[0], Q1[1], inferred=True)]
EXCLUDE = []
