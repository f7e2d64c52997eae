# 人民网 wire reposted on 网易; the stored text starts at the dateline: no headline on the page,
# so no article title is annotated. Year from "2024年第三季度"; published = dateline day, inferred.
PUBLISHED = "2024-08-21"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = [Z("合肥新站高新区", ["合肥新站高新区", "新站高新区", "新站"])]
ENTERPRISES = [
    E("市创新投", kind="short"), E("兴泰创投", kind="short"), E("产投资本", kind="short"), E("建投资本", kind="short"),
    E("苏州钢之星精工科技有限公司"),
    E("深圳指南星程智能科技有限公司"),
]
S("合肥新站高新区", "zone", "2024-08-21")
F("25个", 25, "个", m="签约项目")
F("62.85亿元", 6285000000, "元", m="投资总额")
F("百亿", 10000000000, "", kind="money", m="母基金", p="2023-05")
F("6家", 6, "家", m="母基金合作机构")
F("6家", 6, "家", m="支持项目落地机构")
F("不到1个月", 1, "个月", m="签约用时", s="苏州钢之星精工科技有限公司", sk="enterprise", p=None)
F("约20亿元", 2000000000, "元", m="营收", s="苏州钢之星精工科技有限公司", sk="enterprise", p="2029", t=True)
D("8月21日", "2024-08-21", None, True)
D("8月21日", "2024-08-21", None, True)
D("2024年第三季度", "2024-07", "2024-09")
D("去年5月", "2023-05", None, True)
D("2029年度", "2029")
