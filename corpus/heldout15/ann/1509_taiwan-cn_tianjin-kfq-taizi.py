# big5.taiwan.cn (台灣網, BIG5 edition of a mainland national site for Taiwan affairs; story from 渤海早報), Traditional,
# mobile-version menu lines and `字號` kept, printed `2009-01-05 15:23:00` (clock no figure). Whole as returned.
# Deck `天津開發分區臺資企業達421家` is no title; its figure counts.
# Zones: 天津經濟技術開發區 (variants `天津開發區` in the headline, bare `開發區`), 濱海新區 (`…新區`, script kept).
# 臺灣工業園 is a park inside the zone. No companies named (`臺資企業` generic).
# `第五位` rank no figure; `四大` small count. `截至2008年11月底` → 2008-11; `目前` → publication month 2009-01.
# The 洽談會 signing is dated only `日前`: its counts get no period (null).
PUBLISHED = "2009-01-05"
PUBLISHED_INFERRED = False
TJ = "天津經濟技術開發區"
ZK = dict(S=TJ, K="zone")
N11 = "2008-11"
NOW = "2009-01"
Y = 100000000
ARTICLES = [A("規劃臺灣工業園 天津開發區成臺資熱土", TJ)]
ZONES = [Z(TJ, [TJ, "天津開發區", "開發區"]), Z("濱海新區", ["濱海新區"])]
ENTERPRISES = []
FIGURES = [
    F("421家", 421, "家", **ZK, M="臺資企業", P=NOW),
    F("74個", 74, "個", **ZK, M="投資來源國家和地區", P=N11),
    F("4611家", 4611, "家", **ZK, M="累計批准外商及港澳臺商投資企業", P=N11),
    F("470.41億美元", 470.41*Y, "美元", **ZK, M="項目投資額", P=N11),
    F("74個", 74, "個", **ZK, M="投資來源國家和地區", P=N11),
    F("421家", 421, "家", **ZK, M="臺商投資企業", P=NOW),
    F("25%", 25, "%", **ZK, M="佔全市臺資企業比重", P=NOW),
    F("超過25億美元", 25*Y, "美元", **ZK, M="臺商投資總額", P=NOW),
    F("25%", 25, "%", **ZK, M="佔全市臺商投資比重", P=NOW),
    F("12個", 12, "個", S="濱海新區", K="zone", M="簽訂投資意向項目", P=None),
    F("4個", 4, "個", **ZK, M="落戶項目", P=None),
    F("9000萬美元", 90000000, "美元", **ZK, M="落戶項目總投資額", P=None),
]
DATES = [
    D("2009-01-05", "2009-01-05"),
    D("2008年11月底", N11),
]
EXCLUDE = ["15:23:00"]
