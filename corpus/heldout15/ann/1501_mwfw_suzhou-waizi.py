# m.fw.mwfw.cn (legal/news portal `文章正文` page, copy of a national-media feature on 苏州 foreign headquarters),
# printed `发布时间:2025-10-20 16:37` (clock no figure). The stored text breaks off in the paragraph `一方面,…`: cut
# after the last complete paragraph. Section head `营商环境“优”无止境` is no title.
# Zone 苏州高新区 (named once); the article is about the city's foreign headquarters, not one zone → primary null.
# Companies: 西门子 (short; `德国西门子` with the nationality word dropped, heldout8/10's 美光), 西门子艾闻达 (short,
# a separate Siemens company). The `…中国总部`/`长三角人工智能共创实验室` are units/labs, no entries.
# `40多年`, `3年前` (durations/relative times in 年) and `三十余载` are no figures. `去年` bare → no date;
# `今年9月` → 2025-09 (year inferred). `227家`/`53.7%` are 苏州's (subject other), period 2025-09 (截至).
PUBLISHED = "2025-10-20"
PUBLISHED_INFERRED = False
SZ = "苏州高新区"
ARTICLES = [A("江苏苏州为何能让外资“情有独钟”", None)]
ZONES = [Z(SZ, [SZ])]
ENTERPRISES = [
    E("西门子", ["德国西门子"], kind="short"),
    E("西门子艾闻达", kind="short"),
]
FIGURES = [
    F("227家", 227, "家", S="苏州", K="other", M="省级跨国公司地区总部和功能性机构", P="2025-09"),
    F("53.7%", 53.7, "%", S="苏州", K="other", M="占江苏全省总数比重", P="2025-09"),
]
DATES = [
    D("2025-10-20", "2025-10-20"),
    D("今年9月", "2025-09", inferred=True),
]
EXCLUDE = ["16:37", "40多年", "3年前"]
