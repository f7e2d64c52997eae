# pe.enseignement-lsf.com copy of a 活力中国 report (central TV/web news; source not named on the copy). No date
# printed; the text (`刚刚过去的这一年`, `2022年太仓…`, `春节前夕`) puts it early 2023 → published "2023" (the URL
# path 20230862 is not a real date). `活力中国丨` is the series tag and `******` page furniture (not in the title).
# Cut after the paragraph on the 双元制 students (the stored copy breaks off in the next one).
# 太仓高新区 (also `江苏太仓高新区`) is the zone; 太仓 (a city) is not. No company is named.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
TC = "太仓高新区"
ARTICLES = [A("在外商投资热情中感知中国经济活力", TC)]
ZONES = [Z(TC, ["江苏太仓高新区", TC])]
ENTERPRISES = []
FIGURES = [
    F("470多家", 470, "家", S="太仓", K="other", M="德资企业", P=None),
    F("183个", 183, "个", S="太仓", K="other", M="新设立和新增资的外资项目", P="2022"),
    F("120个", 120, "个", S="太仓", K="other", M="中小外资项目", P="2022"),
    F("超过了65%", 65, "%", S="太仓", K="other", M="中小外资项目占比", P="2022"),
    F("9天", 9, "天", S=TC, K="zone", M="赴欧招商", P=None),
    F("14座", 14, "座", S=TC, K="zone", M="赴欧招商城市", P=None),
    F("20多家", 20, "家", S=TC, K="zone", M="走访企业和商协会", P=None),
    F("130亿元", 13000000000, "元", S=TC, K="zone", M="外资项目总投资", P=None),
]
DATES = [D("2022年", "2022")]
