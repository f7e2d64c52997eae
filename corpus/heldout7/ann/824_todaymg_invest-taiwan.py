# todaymg.com (Taiwan news aggregator), Traditional; 經濟部 release on the 投資臺灣三大方案. The stored text starts
# with the headline and goes on from `其中,…` (the lead sentence is missing in the store); cut after the last complete
# paragraph. No date printed and none given for the story: published null; `108年` (ROC) → 2019 is its one date.
# No zones (Taiwan 科技園區 generic). Companies: 望隼科技, 一豆實業 (short; 豆老爺 is its brand), `某生物科技公司`
# anonymised. `3企業` without classifier → unit "" (heldout5's `首批16項目`); Taiwan 兆 = 10^12, mixed forms resolved
# in full. `前五大`, `四個` (small Chinese counts/ranks), `19年` (years), `UV`, `AI` are not figures.
PUBLISHED = None
PUBLISHED_INFERRED = True
TZ = "投資臺灣三大方案"
TS = "歡迎臺商回臺投資行動方案"
ZX = "中小企業加速投資行動方案"
WS = "望隼科技"
YD = "一豆實業"
Y = 100000000
ARTICLES = [A("投資臺灣添3企業擴大投資 已吸1,500家企業投資逾2.33兆元", None)]
ZONES = []
ENTERPRISES = [E(WS, kind="short"), E(YD, kind="short")]
FIGURES = [
    F("3企業", 3, "", kind="count", S=TZ, K="other", M="擴大投資企業", P=None),
    F("1,500家", 1500, "家", S=TZ, K="other", M="吸引企業", P=None),
    F("逾2.33兆元", 2330000000000, "元", S=TZ, K="other", M="投資", P=None),
    F("314家", 314, "家", S=TS, K="other", M="企業", P=None),
    F("約1兆2,922億元", 12922*Y, "元", S=TS, K="other", M="投資", P=None),
    F("8萬7,926個", 87926, "個", S=TS, K="other", M="就業機會", P=None),
    F("1,020家", 1020, "家", S=ZX, K="other", M="企業", P=None),
    F("約4,839億元", 4839*Y, "元", S=ZX, K="other", M="投資", P=None),
    F("3萬7,041個", 37041, "個", S=ZX, K="other", M="就業機會", P=None),
    F("15家", 15, "家", S=TZ, K="other", M="排隊待審企業", P=None),
    F("3家", 3, "家", S=TZ, K="other", M="擴大投資企業", P=None),
    F("逾50億元", 50*Y, "元", S=WS, K="enterprise", M="投資金額", P=None, T=True),
    F("220名", 220, "名", S=WS, K="enterprise", M="本國就業機會", P=None, T=True),
    F("25名", 25, "名", S=YD, K="enterprise", M="增聘本國員工", P=None, T=True),
    F("逾5億元", 5*Y, "元", S=YD, K="enterprise", M="投資", P=None, T=True),
]
DATES = [D("108年", "2019")]
EXCLUDE = ["19年"]
