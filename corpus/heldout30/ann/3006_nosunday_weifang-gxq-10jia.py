# nosunday.cn (content farm copying 高新院 achie.org): a 13-item channel menu before the headline (its labels
# `高新區(qū)新聞`, `經(jīng)濟(jì)開發(fā)區(qū)新聞` name channels, no zone), Traditional conversion with glued pinyin readings kept,
# printed `日期:2022-08-08`, an empty `點擊:次` counter. Stored text breaks off in the third paragraph: cut after the second.
# Zone: 濰坊高新區 (canonical in the page's script; variants `濰坊高新區` and bare `高新區` as stored before the
# reading); primary. Company: 歌爾 (short, the leading firm named). The park 濰坊信息技術產業園 is a project (no entry).
# `作為2022年山東省重大項目` is the year of a list designation, no date (heldout16: list names); `8月7日` → 2022-08-07
# (inferred). `一期/二期`, `六個一` no figures; `120億元以上` (將達) approx, target.
# Facts: the park's and the signing's numbers are given to the zone (heldout16: else the zone), signing counts the
# ceremony's day.
PUBLISHED = "2022-08-08"
PUBLISHED_INFERRED = False
WF = "濰坊高新區"
ZK = dict(S=WF, K="zone")
ARTICLES = [A("濰坊:重大產(chǎn)業(yè)園項目落地高新區(qū),10家入駐企業(yè)簽約", WF)]
ZONES = [Z(WF, ["濰坊高新區", "高新區"])]
ENTERPRISES = [E("歌爾", kind="short")]
FIGURES = [
    F("10家", 10, "家", **ZK, M="入駐企業簽約", P="2022-08-07"),
    F("54億元", 5400000000, "元", **ZK, M="濰坊信息技術產業園總投資", P="2022-08-07"),
    F("62萬平方米", 620000, "平方米", **ZK, M="總建筑面積", P=None),
    F("10家", 10, "家", **ZK, M="入駐企業簽約", P="2022-08-07"),
    F("120億元以上", 12000000000, "元", **ZK, M="建成後年產值", P=None, T=True),
]
DATES = [D("2022-08-08", "2022-08-08"), D("8月7日", "2022-08-07", inferred=True)]
EXCLUDE = ["2022年山東省重大項目"]
