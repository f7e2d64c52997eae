# 159sucan.com copy of a 本報訊 story (Fujian local paper), converted to Traditional with pinyin readings glued in and
# doubled commas (kept as stored, trailing ` |` included). `近日`, `截至當前`: published null, no dates.
# 平和科技產業園(區) is a county park, not a zone (GUIDE: only city-rank 工業園區; heldout5 鄱阳工业园区); no
# enterprises (廈門平和商會創業園 is a park, 德健溫泉大酒店 a hotel project). `超10億元的大項目`: a threshold with a
# numeral (figure, approx). `計劃開發3000畝` → target.
PUBLISHED = None
PUBLISHED_INFERRED = True
PH = "平和科技產業園"
ARTICLES = [A("平和:科技產(chǎn)業(yè)園區(qū)簽約16個項目", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("16個", 16, "個", S=PH, K="other", M="簽約項目", P=None),
    F("16個", 16, "個", S=PH, K="other", M="成功簽約項目", P=None),
    F("125.3億元", 12530000000, "元", S=PH, K="other", M="總投資", P=None),
    F("5.21平方公里", 5.21, "平方公里", S=PH, K="other", M="規劃面積", P=None),
    F("3000畝", 3000, "畝", S=PH, K="other", M="一期計劃開發", P=None, T=True),
    F("超10億元", 1000000000, "元", S=PH, K="other", M="落地大項目投資", P=None),
]
DATES = []
