# jiaxianba.com (content farm) copy of a 人民網 上海頻道 item converted to Traditional script with pinyin readings glued
# into words (`網(wǎng)`, `區(qū)`, `發(fā)`) and a conversion garble (`!鄙虾(bào)業(yè)集團(tuán)…` in the cut tail) kept as
# stored; site menu `人民網(wǎng)`, crumb `人民網(wǎng)>>上海頻道` and `小字號` before/around the headline kept. The stored text
# breaks off in the 季穎 paragraph: cut after the 科創板 one. Printed `2021年07月31日11:49` → published 2021-07-31 (clock
# no figure); the dateline `7月31日電` and the summit's `7月30日` take the year (inferred); `2019年7月22日` printed.
# Title as stored, readings and all (`上海市徐匯區(qū)發(fā)布…`). No zone (徐匯區 is a district; 科創板 a board).
# Company: 上海報(bào)業(yè)集團(tuán) (`…集團` → group, as stored with its readings). Not enterprises: the media brands
# 界面財(cái)聯(lián)社 and 科創(chuàng)板日報(bào) (media, heldout16), government offices.
# Figures: `5年內(nèi)` is a duration in 年 (no figure), `六項(xiàng)工作`/`兩個(gè)年頭` small Chinese counts. The plan's
# targets (60余家, 500余家) are 5 years out from 2021 → period 2026, target; `如今`/`截至目前` → the publication day.
PUBLISHED = "2021-07-31"
PUBLISHED_INFERRED = False
XH = dict(S="徐匯區", K="other")
KC = dict(S="科創板", K="other", P="2021-07-31")
NOW = "2021-07-31"
ARTICLES = [A("上海市徐匯區(qū)發(fā)布落實(shí)科創(chuàng)板暨上市倍增計(jì)劃", None)]
ZONES = []
ENTERPRISES = [E("上海報(bào)業(yè)集團(tuán)", kind="group")]
FIGURES = [
    F("30余家", 30, "家", **XH, M="境內外上市企業數量", P=NOW),
    F("60余家", 60, "家", **XH, M="境內外上市企業數量", P="2026", T=True),
    F("226家", 226, "家", **XH, M="上市企業儲備數量", P=NOW),
    F("500余家", 500, "家", **XH, M="上市企業儲備數量", P="2026", T=True),
    F("超過300家", 300, "家", **KC, M="上市公司"),
    F("4.5萬億元", 4500000000000, "元", **KC, M="總市值"),
]
DATES = [D("2021年07月31日", NOW), D("7月31日", NOW, inferred=True), D("7月30日", "2021-07-30", inferred=True),
         D("2019年7月22日", "2019-07-22")]
EXCLUDE = ["11:49", "5年內(nèi)"]
