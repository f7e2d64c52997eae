# zhuqizs.com (copy of a 人民網 上海頻道 page, Traditional conversion of a mainland story), leading HTML list residue
# (`<li id="yyyyy">…`), channel crumbs, `小字號` widget kept. Cut after the third paragraph (the returned text broke off
# in the fourth). Printed `2023年01月17日16:15` (clock no figure) → published 2023-01-17.
# No GUIDE zone: 祝橋鎮 is a town, 浦東 a district named without 新區, 上海自貿區/臨港新片區/浦東引領區 are no GUIDE
# zones (heldout8/10); 大飛機產業園 a park. Enterprises: the 13 signing companies are bare names used for companies
# (short; 海特集團, 新穗華企業集團 → group), plus 世邦魏理仕 (short), 珠江投資集團, 外高橋集團, 張江集團 (group),
# 中國二十二冶 (short). 浦東國際機場/上海東站 are facilities, 祝橋鎮政府 government.
# `2023年祝橋鎮企業年會暨招商推介會`: a ceremony's year is a date (heldout10); `進入2023年` a date. `兩大`, `五大` small
# Chinese counts. `超70億元` twice (headline and body).
PUBLISHED = "2023-01-17"
PUBLISHED_INFERRED = False
ZQ = dict(S="祝橋鎮", K="other")
ARTICLES = [A("投資總額超70億元!浦東這個鎮與一批企業開展產業項目投資意向簽約", None)]
ZONES = []
ENTERPRISES = [
    E("復星商流", kind="short"), E("暢聯股份", kind="short"), E("東方嘉盛", kind="short"),
    E("蓮花供應鏈", kind="short"), E("海特集團", kind="group"), E("亓來醫藥", kind="short"),
    E("新穗華企業集團", kind="group"), E("復立光科技", kind="short"), E("京東產發", kind="short"),
    E("東航物流", kind="short"), E("森松投資", kind="short"), E("金鵬航空", kind="short"),
    E("萬緯合十供應鏈", kind="short"), E("世邦魏理仕", kind="short"), E("珠江投資集團", kind="group"),
    E("外高橋集團", kind="group"), E("張江集團", kind="group"), E("中國二十二冶", kind="short"),
]
FIGURES = [
    F("超70億元", 7000000000, "元", **ZQ, M="投資總額", P="2023-01-16"),
    F("超70億元", 7000000000, "元", **ZQ, M="意向投資總額", P="2023-01-16"),
    F("160平方公里", 160, "平方公里", **ZQ, M="鎮域面積", P=None),
]
DATES = [D("2023年01月17日", "2023-01-17"), D("2023年", "2023"), D("1月16日", "2023-01-16", inferred=True),
         D("2023年", "2023")]
EXCLUDE = ["16:15"]
