# ikh.tw (高雄捷運報 `鮮新聞`, Taiwan local paper site), Traditional script: headline and `【記者/高培德報導】` byline
# kept; the hashtag line after the article cut. No printed date: `12月13日` (the bureau's press lunch) with `112年`
# (ROC 2023, the year reviewed) → published 2023-12 (inferred).
# No zone (Taiwan 產業園區/科技產業園區, heldout16), no enterprise (`多家國際大廠` anonymous; 經濟部產業園區管理局 a
# government bureau).
# Figures: counts written with a bare noun after the digit (`4分局` in headline and body, `5產業園區`, `3科技產業園區`,
# `3特色供應鏈聯盟`: the noun is the unit); mixed-scale amounts `1億4000萬元` → 140000000 and `4億1700萬元` →
# 417000000; `逾5000公噸` (公噸, measure); `2018座` is a count of parks (2018 座 大安森林公園), not a year.
# `1359百萬瓦(MW)`: 百萬瓦 is the megawatt unit, kept whole as GUIDE keeps 兆 in 兆瓦 (value 1359, unit 百萬瓦); check.py
# reads its 萬 as a scale word and reports VALUE? (explained in the README). `兩棟`, `五大使命` are small Chinese counts.
# Dates: `12月13日` → 2023-12-13 (inferred); `112年` → 2023. Facts: subject 園管局 (the bureau, other), period 2023.
PUBLISHED = "2023-12"
PUBLISHED_INFERRED = True
YG = dict(S="園管局", K="other", P="2023")
ARTICLES = [A("園管局改組成立4分局提升行政效能 落實擴充空間促進投資產業升級淨零永續", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("4分局", 4, "分局", kind="count", **YG, M="成立分局"),
    F("4分局", 4, "分局", kind="count", **YG, M="成立分局"),
    F("5產業園區", 5, "產業園區", kind="count", **YG, M="開發產業園區"),
    F("3科技產業園區", 3, "科技產業園區", kind="count", **YG, M="開發科技產業園區"),
    F("約300公頃", 300, "公頃", **YG, M="新增產業空間"),
    F("約470億元", 47000000000, "元", **YG, M="帶動投資"),
    F("3特色供應鏈聯盟", 3, "特色供應鏈聯盟", kind="count", **YG, M="催生特色供應鏈聯盟"),
    F("1億4000萬元", 140000000, "元", **YG, M="協助企業爭取資源"),
    F("18家", 18, "家", **YG, M="輔導廠商智慧轉型"),
    F("1650萬元", 16500000, "元", **YG, M="獲得補助"),
    F("逾3400萬元", 34000000, "元", **YG, M="促成研發"),
    F("25件", 25, "件", **YG, M="完成數位轉型"),
    F("4億1700萬元", 417000000, "元", **YG, M="產值"),
    F("逾5000公噸", 5000, "公噸", kind="measure", **YG, M="每年減排二氧化碳"),
    F("1359百萬瓦", 1359, "百萬瓦", kind="measure", **YG, M="園區設置太陽能發電系統累計"),
    F("154225度", 154225, "度", **YG, M="年發電量"),
    F("2018座", 2018, "座", S="園管局", K="other", M="等同大安森林公園年吸碳量"),
]
DATES = [D("12月13日", "2023-12-13", inferred=True), D("112年", "2023")]
EXCLUDE = []
