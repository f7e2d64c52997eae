# m.funtoysdeals.com copy of a 師宗縣 (county) release in Traditional with pinyin readings glued in, printed
# `2017-10-21 09:51:05` (clock no figure); whole as returned. No zone: 惠豐新區, 鳳翔輕工業園區, 矣臘片區, 生物產業園 are
# park areas of the county's industrial park (not city-rank, GUIDE's `Not parks inside them`); no company named.
# Road names (`2號路`, `1、2號路`) and project names with numbers (`日產60片西式陶瓷瓦項目`, `年產3萬噸…項目`) are no
# figures. `2000余萬(wàn)元` keeps the glued reading inside the number: value 2000萬 = 20,000,000, unit 元.
# `計劃/力爭` → targets; the headline's `3.2億元` (no marker) is a level. `目前` → publication month.
PUBLISHED = "2017-10-21"
PUBLISHED_INFERRED = False
SZ = dict(S="師宗縣", K="other")
ARTICLES = [A("師宗縣3.2億元優(yōu)化園區(qū)配套建設(shè)", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("3.2億元", 320000000, "元", **SZ, M="園區配套建設投資", P="2017"),
    F("3.2億元", 320000000, "元", **SZ, M="園區配套建設計劃投資", P="2017", T=True),
    F("5戶以上", 5, "戶", **SZ, M="引進入駐園區企業", P="2017", T=True),
    F("3戶以上", 3, "戶", **SZ, M="建成投產企業", P="2017", T=True),
    F("2000余萬(wàn)元", 20000000, "元", **SZ, M="完成投資", P="2017-10"),
    F("4家", 4, "家", **SZ, M="引進入駐園區企業", P="2017-10"),
]
DATES = [
    D("2017-10-21", "2017-10-21"),
    D("2017年", "2017"),
]
EXCLUDE = ["09:51:05", "2號(hào)路", "1、2號(hào)路", "日產(chǎn)60片", "年產(chǎn)3萬(wàn)噸"]
