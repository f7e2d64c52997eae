# 四川经济日报 item on cnipai.com stored from the dateline: no headline, no article title.
# Year from "2018年第四季度"; published 2018-11, inferred. "年产5万吨" is inside a project name.
# 四川吉奥冶金地质工程公司 (…公司 without 有限) is kind short (heldout3: 江苏省電力公司).
PUBLISHED = "2018-11"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = [Z("广元经济技术开发区", ["广元经济技术开发区"])]
ENTERPRISES = [
    E("四川吉奥冶金地质工程公司", kind="short"),
    E("浙江嘉兴豪企集成家居有限公司"),
    E("浙江业盛新型材料有限公司"),
    E("西安建工市政交通集团有限公司"),
]
S("广元经济技术开发区", "zone", "2018-11-20")
F("4个", 4, "个", m="签约项目")
F("27.611亿元", 2761100000, "元", m="总投资")
F("1.3亿元", 130000000, "元", m="投资", s="四川吉奥冶金地质工程公司", sk="enterprise")
F("10.3亿元", 1030000000, "元", m="总投资", s="浙江嘉兴豪企集成家居有限公司", sk="enterprise")
F("1.16亿元", 116000000, "元", m="总投资", s="浙江业盛新型材料有限公司", sk="enterprise")
F("3个", 3, "个", m="产业项目")
F("14.85亿元", 1485000000, "元", m="总投资", s="西安建工市政交通集团有限公司", sk="enterprise")
F("3个", 3, "个", m="产业项目")
F("27亿元", 2700000000, "元", m="年产值", t=True, p=None)
F("5800万元", 58000000, "元", m="年税收", t=True, p=None)
F("600个", 600, "个", m="就业岗位", t=True, p=None)
D("11月20日", "2018-11-20", None, True)
D("2018年第四季度", "2018-10", "2018-12")
D("1992年", "1992")
D("2012年", "2012")
