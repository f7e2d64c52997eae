# big5.cri.cn (國際在線, China Radio International; the mainland site's Traditional gateway), story of its 陝西 channel;
# printed `2020-05-23 16:32:16` with `來源…編輯…責編…` glued (clock no figure). The stored text breaks off in the next
# paragraph (`…以新一代信`): cut after the last complete paragraph. Zone 西安高新區 (canonical in the page's script,
# heldout7's 蘇州工業園區), bare `高新區` used for it twice → variant; 西安高新綜合保稅區 (a 综保区) is not a zone.
# Companies: 中電科 (short, a company named short), 中國郵電器材 (a company heading a project name → short, heldout7).
# 國家北斗産業創新中心, 中國北斗標準研究院, 中國電科大學導航學院 are centres/institutes. `西安高新區2020年重點項目集中簽約
# 儀式`: the ceremony's year is a date (heldout7's `2021年第一季度…签约仪式`). `13個` in headline, section head and body.
PUBLISHED = "2020-05-23"
PUBLISHED_INFERRED = False
XA = "西安高新區"
D22 = "2020-05-22"
ARTICLES = [A("13個重點項目集中簽約 西安高新區“新基建”助推經濟轉型升級", XA)]
ZONES = [Z(XA, [XA, "高新區"])]
ENTERPRISES = [E("中電科", kind="short"), E("中國郵電器材", kind="short")]
FIGURES = [
    F("13個", 13, "個", S=XA, K="zone", M="簽約重點項目", P=D22),
    F("13個", 13, "個", S=XA, K="zone", M="落地重點項目", P=D22),
    F("13個", 13, "個", S=XA, K="zone", M="落地重點項目", P=D22),
]
DATES = [
    D("2020-05-23", "2020-05-23"),
    D("5月22日", D22, inferred=True),
    D("2020年", "2020"),
]
EXCLUDE = ["16:32:16"]
