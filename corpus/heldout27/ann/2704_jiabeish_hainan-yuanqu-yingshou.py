# m.jiabeish.com (content farm, `design` channel) copy of a 人民日報 item converted to Traditional script with pinyin
# readings glued after many words (`自貿(mào)港`, `園區(qū)`) and conversion garbles (`本報???月9日電`, `稅收?!焙D鲜…`,
# `??诮瓥|新區(qū)`), all kept as stored. The `( 2023年02月10日 05 版)` source line (the paper's date and page) is
# kept; the `關鍵詞` footer line after it cut. Published 2023-02-10 (printed in the source line).
# Zone: 洋浦經濟開發區 (…开发区, GUIDE), both occurrences stored with readings: variant `洋浦經(jīng)濟開發(fā)區(qū)`.
# Not zones: 海南生態軟件園 and the 互聯網信息產業園 (parks), 綜合保稅區 (no GUIDE zone word), `自貿港重點園區`; the
# second zone of the list (海口江東新區) is garbled beyond reading (`??诮瓥|新區(qū)`): no entry. primary_zone null (all
# key parks of the province). No enterprise (海南省統計監測中心 is a government centre).
# Figures: `超千億元` (Chinese numeral with scale word, threshold → 1000億元 approx, heldout16 NEW), `近七成`/`超九成`
# (X成 → 70/90 %, approx); `一半以上` is no figure (no scale word, not a spelled-out percentage). `05 版` is the paper's
# page number (ordinal): excluded. Dates: `2022年` (3×); bare `去年` in the headline (the year before publication, 2022,
# inferred; a calendar year as `2021年度`); the byline's `???月9日` lost its month in the garble: no calendar value
# can be read from it (excluded, noted). Facts: subject the printed `海南自貿港重點園區` (other), period 2022.
PUBLISHED = "2023-02-10"
PUBLISHED_INFERRED = False
YP = "洋浦經濟開發區"
HN = dict(S="海南自貿港重點園區", K="other", P="2022")
ARTICLES = [A("海南自貿(mào)港重點園區(qū)去年累計實現(xiàn)營業(yè)收入18246億元", None)]
ZONES = [Z(YP, ["洋浦經(jīng)濟開發(fā)區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("18246億元", 1824600000000, "元", **HN, M="營業收入"),
    F("1261.48億元", 126148000000, "元", **HN, M="固定資產投資"),
    F("6.6%", 6.6, "%", **HN, M="固定資產投資", C=True),
    F("18246.43億元", 1824643000000, "元", **HN, M="營業收入"),
    F("31.6%", 31.6, "%", **HN, M="營業收入", C=True),
    F("700.32億元", 70032000000, "元", **HN, M="稅收收入"),
    F("53.6%", 53.6, "%", **HN, M="占全省稅收收入的比重"),
    F("3個", 3, "個", S="海南自貿港重點園區", K="other", M="園區", P="2022"),
    F("487.94億元", 48794000000, "元", S="海南自貿港重點園區", K="other", M="3個園區合計稅收收入", P="2022"),
    F("近七成", 70, "%", S="海南自貿港重點園區", K="other", M="占園區總稅收的比重", P="2022"),
    F("超千億元", 100000000000, "元", **HN, M="營業收入"),
    F("5個", 5, "個", **HN, M="營業收入超千億元的園區"),
    F("5個", 5, "個", **HN, M="園區"),
    F("超九成", 90, "%", **HN, M="占園區總營收的比重"),
]
DATES = [D("去年", "2022", inferred=True), D("2022年", "2022"), D("2022年", "2022"), D("2022年", "2022"),
         D("2023年02月10日", "2023-02-10")]
EXCLUDE = ["???月9日", "05 版"]
