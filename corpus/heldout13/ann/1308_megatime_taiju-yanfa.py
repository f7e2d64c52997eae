# pchome.megatime.com.tw (PChome 股市 / 精誠資訊, Taiwan financial portal), a listed company's material-information
# announcement (公開資訊觀測站 form), Traditional. No print date: the board decision date `113/08/08` (ROC 113 = 2024)
# is the announcement's day → published 2024-08-08 inferred. Whole as returned.
# Title without the portal's tag `[公告] `. Company 台聚 (short; the listed 台灣聚合化學品); `台聚集團` appears only inside
# the name of the planned research centre (no entry). No zones. `第15款` (rule clause) and the list numbers `1.`–`7.`
# excluded. `113年第4季至116年第4季` → 2024-10..2027-12 (quarters as months, heldout10 ROC conversion).
# `加計10%範圍內`: the allowed overrun, a figure (target).
PUBLISHED = "2024-08-08"
PUBLISHED_INFERRED = True
TJ = "台聚"
EK = dict(S=TJ, K="enterprise")
ARTICLES = [A("台聚:公告本公司董事會通過以自地委建方式興建台聚集團創新研發中心", None)]
ZONES = []
ENTERPRISES = [E(TJ, kind="short")]
FIGURES = [
    F("新台幣13.85億元", 1385000000, "元", **EK, M="預計投資金額", P=None, T=True),
    F("10%", 10, "%", **EK, M="預計投資金額加計範圍", P=None, T=True),
]
DATES = [
    D("113/08/08", "2024-08-08"),
    D("113年第4季至116年第4季", "2024-10", "2027-12"),
]
EXCLUDE = ["第15款", "1.董事會", "2.投資", "3.預計", "4.預計", "5.資金", "6.具體", "7.其他"]
