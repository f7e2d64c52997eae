# mjlong.com (`baike` content farm) copy of a 荣成 story; the headline is stored twice (one title; its `160家` counts at
# each occurrence, GUIDE). No printed date: the 2022 evaluation was reported `近日`, and `去年年底` is when the 2022
# report came out → published 2023 (inferred); `去年年底` → 2022-12 (inferred).
# Not dates: the evaluation round's year `2022年山东省开发区综合发展水平评价` (heldout16), the report title
# `《中国省级开发区高质量发展报告2022》` and the list name `2022年中国省级开发区高质量发展百强榜单`; `2022年以来` is one
# (check.py's COUNT note for `2022年`: gold 1, page 3, README).
# Zone: 荣成经济开发区 (…开发区; primary). `160家开发区` counts zones of a province, no zone of its own.
# Ranks and rank moves are no figures (`第79位`, `42个位次`, `第3位`, `第19位`, `第82位`, `三甲`, `百强`).
# `13小项` (the evaluation's sub-indicators, a count) and `1个加分项` are figures. No company.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
RC = "荣成经济开发区"
SD = dict(S="山东省", K="other", M="省级以上开发区", P="2022")
EV = dict(S="山东省开发区综合发展水平评价", K="other", P="2022")
ARTICLES = [A("山东省160家开发区综合发展水平“排名次” 荣成经济开发区一指标进三甲", RC)]
ZONES = [Z(RC, [RC])]
ENTERPRISES = []
FIGURES = [
    F("160家", 160, "家", **SD),
    F("160家", 160, "家", **SD),
    F("160家", 160, "家", **SD),
    F("13小项", 13, "小项", kind="count", **EV, M="综合评价指标小项"),
    F("1个", 1, "个", **EV, M="新增特色园区加分项"),
]
DATES = [D("2022年", "2022"), D("去年年底", "2022-12", inferred=True)]
EXCLUDE = ["第79位", "42个位次", "第3位", "第19位", "第82位", "报告2022", "2022年山东省", "2022年中国省级", "AK007"]
