# noroffquality.com (a company site's `企業新聞` page, content copied, Traditional with glued pinyin readings), crumbs and
# stray `?` glyphs kept, printed `2008-04-16`. Whole as returned. A company press release: 南通科技投資集團股份有限公司
# (registered, printed with pinyin; `南通科技` its short form, a variant). No zone (港閘區秦灶鎮 a district/town).
# `七月一日` (Chinese-numeral date, no year): the ceremony precedes the printed 16 April, so it is the previous July →
# 2007-07-01 (year inferred; heldout10 resolves a day against the printed date). `2年至3年` durations in 年 (no figure).
PUBLISHED = "2008-04-16"
PUBLISHED_INFERRED = False
NT = "南通科技投資集團(tuán)股份有限公司"
EK = dict(S=NT, K="enterprise")
Y = 100000000
ARTICLES = [A("南通科技舉行新廠區(qū)奠基儀式", None)]
ZONES = []
ENTERPRISES = [E(NT, ["南通科技"])]
FIGURES = [
    F("332畝", 332, "畝", **EK, M="新廠區占地", P=None),
    F("10億元", 10*Y, "元", **EK, M="總投資", P=None),
    F("117906平方米", 117906, "平方米", **EK, M="建筑面積", P=None),
    F("32036平方米", 32036, "平方米", **EK, M="單體最大廠房面積", P=None),
    F("12億元", 12*Y, "元", **EK, M="年銷售收入", P=None, T=True),
    F("1.2億元", 1.2*Y, "元", **EK, M="利潤", P=None, T=True),
]
DATES = [
    D("2008-04-16", "2008-04-16"),
    D("七月一日", "2007-07-01", inferred=True),
]
EXCLUDE = ["2年至3年"]
