# xyo2o.com repost of a 襄阳日报 (city paper) story; a betting-spam string `竞彩足球胜平负` was injected by the site
# in place of the city word (in the headline too): kept as stored, and the headline kept as printed. No printed
# date; the only dated mention `2023年度` carries its year → published null. `2024年国家级经开区综合发展水平考核评价`
# names an evaluation round: its year is no date (heldout7: a year naming a round/document), in title and body;
# `2023年度` is a date (GUIDE). Zones: 襄阳经开区, 枣阳经开区, 武汉经开区, 苏州经开区 (each with its own zone word,
# not coordinated); 福建漳州台商投资区 (投资区 is no zone word) and generic 国家级经开区 are not. Two zones equally →
# primary null. `跃升135位`/`跃升43位` count places moved (a change in rank, not an ordinal) → figures, unit 位;
# `最后5名` is a rank band (no figure); `第十三届` ordinal; `连续三年内有两次` small Chinese counts/durations.
PUBLISHED = None
PUBLISHED_INFERRED = True
XY = "襄阳经开区"
ZY = "枣阳经开区"
ARTICLES = [A("2024年国家级经开区综合发展水平考核评价工作完成 竞彩足球胜平负两个经开区排名大幅跃升", None)]
ZONES = [Z(XY, [XY]), Z(ZY, [ZY]), Z("武汉经开区", ["武汉经开区"]), Z("苏州经开区", ["苏州经开区"])]
ENTERPRISES = []
FIGURES = [
    F("229家", 229, "家", S="国家级经开区", K="other", M="参加考核评价的国家级经开区", P="2023"),
    F("135位", 135, "位", S=XY, K="zone", M="综合发展水平排名", P="2023", C=True),
    F("43位", 43, "位", S=ZY, K="zone", M="综合发展水平排名", P="2023", C=True),
]
DATES = [D("2023年度", "2023")]
EXCLUDE = ["2024年国家级", "最后5名"]
