# 001ce.com (a news aggregator); URL dated 2021/0223, no date printed → published inferred.
# `2020年国家级经开区考核评价结果` in the event name: the year is the name of the 考核 round → not a date
# (GUIDE: inside an event name); the title's `2020年国家级经开区…` is the year the story is about → a date.
# `前10家` (a top-10 set, like 前10位) and `世界500强` are ranks → not figures. `十分之一` is a spelled-out
# fraction → figure (ratio 0.1), by analogy with GUIDE's spelled-out percentage.
PUBLISHED = "2021-02-23"
PUBLISHED_INFERRED = True
GZ = "广州开发区"
NJ = "国家级经开区"
HD = "现代汽车氢燃料电池系统(广州)有限公司"
ARTICLES = [A("2020年国家级经开区稳外资乘势而上 利用外资同比增长", None)]
ZONES = [Z(GZ, [GZ])]
ENTERPRISES = [
    E("现代汽车集团", ["现代汽车"], kind="group"),
    E(HD),
    E("LG", kind="short"), E("卡尔蔡司", kind="short"), E("阿斯利康", kind="short"), E("松下", kind="short"),
    E("玛氏箭牌", kind="short"), E("3M", kind="short"), E("默克", kind="short"),
]
FIGURES = [
    F("218家", 218, "家", S=NJ, K="other", M=None, P="2019"),
    F("547.6亿美元", 54760000000, "美元", S=NJ, K="other", M="实际使用外资和外商投资企业再投资", P="2019"),
    F("3.7%", 3.7, "%", S=NJ, K="other", M="实际使用外资和外商投资企业再投资", P="2019", C=True),
    F("22%", 22, "%", S=NJ, K="other", M="占全国利用外资比重", P="2019"),
    F("171亿美元", 17100000000, "美元", S="吸收利用外资前10家国家级经开区", K="other", M="实际利用外资", P="2019"),
    F("21%", 21, "%", S="吸收利用外资前10家国家级经开区", K="other", M="实际利用外资", P="2019", C=True),
    F("218家", 218, "家", S=NJ, K="other", M=None, P="2019"),
    F("31.3%", 31.3, "%", S="吸收利用外资前10家国家级经开区", K="other", M="占利用外资总额", P="2019"),
    F("6500套", 6500, "套", S=HD, K="enterprise", M="初期规划年产能", P="2022", T=True),
    F("200亿元", 20000000000, "元", S=GZ, K="zone", M="行业产值", P="2025", T=True),
    F("1000亿元", 100000000000, "元", S=GZ, K="zone", M="行业产值", P="2030", T=True),
    F("3600多家", 3600, "家", S=GZ, K="zone", M="外资企业", P="2021-02"),
    F("197个", 197, "个", S=GZ, K="zone", M="世界500强投资项目", P="2021-02"),
    F("11个月", 11, "个月", kind="duration", S=GZ, K="zone", M=None, P=("2020-01", "2020-11")),
    F("164个", 164, "个", S=GZ, K="zone", M="新设外资项目", P=("2020-01", "2020-11")),
    F("6.49%", 6.49, "%", S=GZ, K="zone", M="新设外资项目", P=("2020-01", "2020-11"), C=True),
    F("25.47亿美元", 2547000000, "美元", S=GZ, K="zone", M="实际利用外资", P=("2020-01", "2020-11")),
    F("39.43%", 39.43, "%", S=GZ, K="zone", M="实际利用外资", P=("2020-01", "2020-11"), C=True),
    F("十分之一", 0.1, "", kind="ratio", approx=True, S=GZ, K="zone", M="占广东省实际利用外资", P=("2020-01", "2020-11")),
    F("40%", 40, "%", S=GZ, K="zone", M="占广州市实际利用外资", P=("2020-01", "2020-11")),
]
DATES = [
    D("2020年", "2020"),
    D("2019年", "2019"),
    D("1月15日", "2021-01-15", inferred=True),
    D("2月末", "2021-02", inferred=True),
    D("2022年下半年", "2022-07", "2022-12"),
    D("2025年", "2025"),
    D("2030年", "2030"),
    D("2020年", "2020"),
    D("2020年前11个月", "2020-01", "2020-11"),
]
