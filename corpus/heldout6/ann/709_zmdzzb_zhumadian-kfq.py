# zmdzzb.com (驻马店日报, city paper), printed 发表日期 2020年09月10日. The page names its zone only as bare
# `开发区` (驻马店经济开发区, provincial) → canonical 驻马店经济开发区 with the printed form as variant (heldout5).
# 中国(驻马店)国际农产品加工产业园 is a park. `亿元以上项目` (no numeral) is no figure; `10亿元以上` is (approx);
# `5亿元~10亿元` is a range. `第二十三届` is an ordinal.
PUBLISHED = "2020-09-10"
PUBLISHED_INFERRED = False
ZMD = "驻马店经济开发区"
D5 = "2020-09-05"
ARTICLES = [A("开发区签约项目10个 总投资158.36亿元", ZMD)]
ZONES = [Z(ZMD, ["开发区"])]
ENTERPRISES = []
FIGURES = [
    F("10个", 10, "个", S=ZMD, K="zone", M="签约项目", P=D5),
    F("158.36亿元", 15836000000, "元", S=ZMD, K="zone", M="总投资", P=D5),
    F("10个", 10, "个", S=ZMD, K="zone", M="签约亿元以上项目", P=D5),
    F("158.36亿元", 15836000000, "元", S=ZMD, K="zone", M="总投资", P=D5),
    F("10亿元以上", 1000000000, "元", S=ZMD, K="zone", M="项目投资规模", P=D5),
    F("4个", 4, "个", S=ZMD, K="zone", M="10亿元以上项目", P=D5),
    F("5亿元~10亿元", 500000000, "元", vmax=1000000000, S=ZMD, K="zone", M="项目投资规模", P=D5),
    F("3个", 3, "个", S=ZMD, K="zone", M="5亿元~10亿元项目", P=D5),
    F("8个", 8, "个", S="中国(驻马店)国际农产品加工产业园", K="other", M="拟入驻项目", P=D5, T=True),
    F("48.36亿元", 4836000000, "元", S="中国(驻马店)国际农产品加工产业园", K="other", M="总投资", P=D5),
    F("2个", 2, "个", S=ZMD, K="zone", M="入驻主城区社会事业和现代服务业项目", P=D5),
    F("110亿元", 11000000000, "元", S=ZMD, K="zone", M="总投资额", P=D5),
]
DATES = [D("2020年09月10日", "2020-09-10"), D("9月5日", D5, inferred=True)]
