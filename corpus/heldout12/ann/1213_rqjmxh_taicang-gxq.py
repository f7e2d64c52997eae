# rqjmxh.cn (copy of a national-media 活力中國 feature, Traditional conversion), series tag `活力中國丨` dropped from the
# title (GUIDE); the in-text section head `江南小城緣何成為中小外資企業集聚地?` is no title. Cut after the sixth
# paragraph (the returned text broke off in the seventh, mid-sentence).
# No printed date: the feature is written just after 2022 (`剛剛過去的這一年`, `2022年…`, `春節前夕`, `今年落地的外資項目`)
# → published 2023 inferred; `2022年` the only dated mention. Zone 太倉高新區 (`江蘇太倉高新區` printed once, a variant;
# script kept, heldout10). No company is named (`470多家德資企業`, `外方代表` unnamed). `9天` a duration (天) figure,
# `14座` a count; `太倉高新區管委會` government.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
TC = "太倉高新區"
TX = dict(S="太倉", K="other")
ARTICLES = [A("在外商投資熱情中感知中國經濟活力", TC)]
ZONES = [Z(TC, ["江蘇太倉高新區", TC])]
ENTERPRISES = []
FIGURES = [
    F("470多家", 470, "家", **TX, M="德資企業", P="2023"),
    F("183個", 183, "個", **TX, M="新設立和新增資的外資項目", P="2022"),
    F("120個", 120, "個", **TX, M="中小外資項目", P="2022"),
    F("超過了65%", 65, "%", **TX, M="中小外資項目占比", P="2022"),
    F("9天", 9, "天", S=TC, K="zone", M="赴歐招商", P=None),
    F("14座", 14, "座", S=TC, K="zone", M="赴歐招商城市", P=None),
]
DATES = [D("2022年", "2022")]
EXCLUDE = []
