# lakalal8.com (content farm) copy of a 中国水泥网 (ccement.com) item on a listed company's announcement, converted to
# Traditional with pinyin readings glued after words (`業(yè)`, `萬(wàn)`); the `編輯/監(jiān)督/投稿` lines after the story
# are cut. No printed date: the announcement is of `2015年11月6日` (`周一午間公告`) → published `2015-11` (inferred).
# Companies entered as stored, readings included (heldout16's `中金集團(tuán)`): 青龍管業(yè) (listed, short; stock code
# `002457` a code), 延安水務(wù)投資建設(shè)有限責(zé)任公司 (registered). The joint venture (`管道公司`, `合作公司`) is unnamed.
# Figures with a glued reading keep it in their text (`5000萬(wàn)元`, `1萬(wàn)噸`); all are agreed/planned (target):
# capital and stakes (`擬`), output, tax, jobs and capacities (`預計`, `計劃`).
PUBLISHED = "2015-11"
PUBLISHED_INFERRED = True
QL = "青龍管業(yè)"
YA = "延安水務(wù)投資建設(shè)有限責(zé)任公司"
JV = dict(S="管道公司", K="other")
ARTICLES = [A("青龍管業(yè)簽署管道公司投資合作協(xié)議", None)]
ZONES = []
ENTERPRISES = [E(QL, kind="short"), E(YA)]
FIGURES = [
    F("5000萬(wàn)元", 50000000, "元", **JV, M="共同出資", T=True),
    F("51%", 51, "%", S=QL, K="enterprise", M="出資比例", T=True),
    F("49%", 49, "%", S=YA, K="enterprise", M="出資比例", T=True),
    F("1億元", 100000000, "元", **JV, M="年產值", T=True),
    F("800萬(wàn)元", 8000000, "元", **JV, M="增加稅收", T=True),
    F("150人", 150, "人", **JV, M="解決當地就業", T=True),
    F("1萬(wàn)噸", 10000, "噸", **JV, M="年產硬質聚氯乙烯塑料管道(UPVC)", T=True),
    F("1萬(wàn)噸", 10000, "噸", **JV, M="年產高密度聚乙烯管道(HDPE)", T=True),
    F("2億米", 200000000, "米", **JV, M="年產節水灌溉滴灌管帶", T=True),
]
DATES = [D("2015年11月6日", "2015-11-06")]
EXCLUDE = ["002457"]
