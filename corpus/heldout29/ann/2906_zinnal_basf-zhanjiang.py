# zinnal.com (company site) copy of a 南方網 item in Traditional with glued pinyin readings (`網(wǎng)`, `集團(tuán)`) and
# injected junk characters (`活玲`, `涣狗`, `谍婉`), all kept. The body (`原標題:…`) is one stored line that breaks off
# mid-sentence (`巴斯夫就瞄`): cut after the last complete paragraph, the `內容摘要` line. Printed `2018-07-12` (clock
# excluded). GUIDE's letter: the page counters `463 人` (read) and `0人` (comments) are quantities written with digits,
# so figures (unit 人, no subject/metric of the story). Company: 巴斯夫集團 stored with its reading `(tuán)` → entered
# as stored (heldout16's `中金集團(tuán)`), kind group, `巴斯夫` (headline) its variant. `100億美元` twice (headline,
# summary's 預計 → target). No zone, no other date.
PUBLISHED = "2018-07-12"
PUBLISHED_INFERRED = False
BG = "巴斯夫集團(tuán)"
ARTICLES = [A("巴斯夫化工投資100億美元在廣東建石化基地", None)]
ZONES = []
ENTERPRISES = [E(BG, ["巴斯夫"], kind="group")]
FIGURES = [
    F("100億美元", 10000000000, "美元", S=BG, K="enterprise", M="廣東石化基地投資", T=True),
    F("463 人", 463, "人", M="閱讀人數"),
    F("0人", 0, "人", M="評論人數"),
    F("100億美元", 10000000000, "美元", S=BG, K="enterprise", M="投資總額", T=True),
]
DATES = [D("2018-07-12", "2018-07-12")]
EXCLUDE = ["17:57:09"]
