# sichuan.scol.com.cn (四川在线, provincial portal) copy of a 成都商报 story on Deloitte's 2018 list; printed
# `2018-11-22 06:24:26` (clock no figure); the `编辑推荐` widget after the byline cut. No zone (cities only).
# Companies: 德勤 (the firm issuing the list, short) and seven registered names, one with a bracketed place
# (`客如云科技(成都)有限责任公司`); the page says `其余7家` but prints six. Media (成都商报, 红星新闻, 中新网) are no
# enterprises. The list name `2018高科技高成长中国50强` holds no date and no figure (heldout16: list names); `第六`
# and `前四` are ranks; `过去三年` a duration in 年; `去年`/`今年` alone have no calendar value (no dates).
# `较2016年` is a date. `5.3亿` has no unit → "". Facts: list statistics with no stated period null; the `2018年`
# paragraph's figures 2018; `去年7家` → 2017, `今年的16家`/`2%` → 2018 (publication year).
PUBLISHED = "2018-11-22"
PUBLISHED_INFERRED = False
L = "高科技高成长中国50强"
LK = dict(S=L, K="other")
CD = dict(S="成都", K="other")
ARTICLES = [A("高科技高成长企业排行榜:北京居首 成都广州并列第二", None)]
ZONES = []
ENTERPRISES = [E("德勤", kind="short"), E("成都趣睡科技有限公司"), E("客如云科技(成都)有限责任公司"),
               E("四川驹马企业管理有限公司"), E("成都品果科技有限公司"), E("成都数之联科技有限公司"),
               E("成都瑞小博科技有限公司"), E("成都艺馨达科技有限公司")]
FIGURES = [
    F("5334%", 5334, "%", **LK, M="过去三年整体收入增长", C=True),
    F("79.1%", 79.1, "%", **LK, M="整体收入增长较2016年", C=True),
    F("12家", 12, "家", S="北京", K="other", M="上榜企业"),
    F("8家", 8, "家", **CD, M="入选企业"),
    F("6家", 6, "家", S="上海", K="other", M="入选企业"),
    F("7家", 7, "家", **CD, M="其余入围企业"),
    F("18家", 18, "家", S="软件领域", K="other", M="入选企业数量"),
    F("7家", 7, "家", S="互联网领域", K="other", M="入选企业数量", P="2017"),
    F("16家", 16, "家", S="互联网领域", K="other", M="入选企业数量", P="2018"),
    F("2%", 2, "%", S="清洁技术行业企业", K="other", M="占比", P="2018"),
    F("8家", 8, "家", **CD, M="上榜企业"),
    F("5家", 5, "家", **CD, M="上榜软件公司"),
    F("2家", 2, "家", **CD, M="上榜互联网公司"),
    F("1家", 1, "家", **CD, M="上榜物流服务公司"),
    F("4.2亿元", 420000000, "元", **LK, M="入选企业平均营业收入", P="2018"),
    F("62%", 62, "%", **LK, M="平均营业收入较去年增长", P="2018", C=True),
    F("5.3亿", 530000000, "", **LK, M="入选企业平均资产规模", P="2018"),
    F("78%", 78, "%", **LK, M="平均资产规模较去年", P="2018", C=True),
]
DATES = [D("2018-11-22", "2018-11-22"), D("2016年", "2016"), D("2018年", "2018")]
EXCLUDE = ["06:24:26", "2018高科技高成长中国50强"]
