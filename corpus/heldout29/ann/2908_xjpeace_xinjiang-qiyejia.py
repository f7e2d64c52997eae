# xjpeace.cn (regional news portal) copy of a 新疆日报 (石榴云) analysis; the series tag `自治区企业家座谈会观察② |` is no
# part of the title. Printed `2023-02-26` (clock excluded). The stored text breaks off mid-sentence (`数量最多的`):
# cut after the paragraph before it. `2月24日` (body and caption) → 2023-02-24, year inferred.
# Companies named as companies in the participant list (short): 中国石油, 中国石化, 国家电网, 中国华电, 新疆有色, 新疆能源,
# 新疆机场, 新疆中泰, 新疆广汇, 太平洋建设, 巴斯夫美克化工, 肯德基. Not enterprises: the 企业联合会(商会) associations,
# 石榴云/新疆日报 (media). `世界500强` is a list name (excluded, heldout16). Counts of participants carry the meeting's day.
PUBLISHED = "2023-02-26"
PUBLISHED_INFERRED = False
ZT = dict(S="自治区企业家座谈会", K="other", P="2023-02-24")
ARTICLES = [A("参加座谈会的为什么是这些企业", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in ["中国石油", "中国石化", "国家电网", "中国华电", "新疆有色", "新疆能源", "新疆机场",
                                            "新疆中泰", "新疆广汇", "太平洋建设", "巴斯夫美克化工", "肯德基"]]
FIGURES = [
    F("130多家", 130, "家", **ZT, M="参会企业代表"),
    F("130多家", 130, "家", **ZT, M="参会企业"),
    F("5个", 5, "个", **ZT, M="受邀商会代表"),
    F("60余家", 60, "家", **ZT, M="参会民营企业"),
    F("19家", 19, "家", **ZT, M="参会外资企业"),
    F("10家", 10, "家", **ZT, M="兵团企业代表"),
]
DATES = [D("2023-02-26", "2023-02-26"), D("2月24日", "2023-02-24", inferred=True), D("2月24日", "2023-02-24", inferred=True)]
EXCLUDE = ["17:46:51", "500强"]
