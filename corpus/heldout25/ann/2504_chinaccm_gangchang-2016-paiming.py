# chinaccm.com (中华商务网, a commodity-trade portal) copy of a 西本新干线 item; printed `2017-3-16 11:16:11` (clock no
# figure), menus (`投稿打印收藏`, `分享到:`), the `备注`/`关键字` lines and the editor code `00630` kept (whole as returned).
# The headline's `2016全球钢厂粗钢产量排名` names the ranking (a list name, as heldout16's `2023年度…500强排行榜`): no
# date. `世界25大钢厂` is a list descriptor (as `500强`): no figure; `老大`/`老二`/`第三` ranks; `各一家` a small Chinese count.
# `百万吨` in the note has no numeral. Companies: 安赛乐米塔尔 (short), 中国宝武钢铁集团 (group), 新日铁住金公司
# (`…公司` without 有限 → short). No zone. Facts: 2016 output; `与2015年占比43%` the 2015 share.
PUBLISHED = "2017-03-16"
PUBLISHED_INFERRED = False
BW = "中国宝武钢铁集团"
W25 = dict(S="世界25大钢厂", K="other", P="2016")
ARTICLES = [A("2016全球钢厂粗钢产量排名出炉", None)]
ZONES = []
ENTERPRISES = [E("安赛乐米塔尔", kind="short"), E(BW, kind="group"), E("新日铁住金公司", kind="short")]
FIGURES = [
    F("9080万吨", 90800000, "吨", S="安赛乐米塔尔", K="enterprise", M="粗钢产量", P="2016"),
    F("6380万吨", 63800000, "吨", S=BW, K="enterprise", M="粗钢产量", P="2016"),
    F("1850万吨", 18500000, "吨", S=BW, K="enterprise", M="粗钢产量高出新日铁住金", P="2016", C=True),
    F("6.83亿吨", 683000000, "吨", **W25, M="粗钢产量总计"),
    F("42%", 42, "%", **W25, M="占世界总粗钢产量比重"),
    F("43%", 43, "%", S="世界25大钢厂", K="other", M="占世界总粗钢产量比重", P="2015"),
    F("10家", 10, "家", S="中国大陆", K="other", M="入围钢厂", P="2016"),
    F("3家", 3, "家", S="印度", K="other", M="入围钢厂", P="2016"),
    F("2家", 2, "家", S="日本", K="other", M="入围钢厂", P="2016"),
    F("1家", 1, "家", S="中国台湾", K="other", M="入围钢厂", P="2016"),
    F("2家", 2, "家", S="美国", K="other", M="入围钢厂", P="2016"),
]
DATES = [D("2017-3-16", "2017-03-16"), D("2016年", "2016"), D("2015年", "2015")]
EXCLUDE = ["11:16:11", "00630", "2016全球钢厂", "25大钢厂"]
