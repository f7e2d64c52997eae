# 河南广播电视台 (hnr.cn) page stored from the lead: no headline, no article title. Published from
# the address (201211/t20121103), inferred. A foreign group named with its country
# (马来西亚联熹水务集团) is the group 联熹水务集团. "经开区公铁物流园项目" is a project name.
PUBLISHED = "2012-11-03"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = [Z("新乡经开区", ["国家新乡经济技术开发区", "新乡经开区", "新乡经济技术开发区"])]
ENTERPRISES = [
    E("成都南辉实业股份有限公司"),
    E("联熹水务集团", ["马来西亚联熹水务集团"], kind="group"),
    E("湖北三环程镫有限公司"),
]
S("新乡经开区", "zone", "2012-11-02")
F("31.3亿元", 3130000000, "元", m="计划总投资", t=True)
F("3个", 3, "个", m="签约重大项目")
F("3个", 3, "个", m="签约重大项目")
F("17.48亿元", 1748000000, "元", m="计划投资", s="成都南辉实业股份有限公司", sk="enterprise", t=True)
F("5亿元", 500000000, "元", m="计划投资", s="联熹水务集团", sk="enterprise", t=True)
F("3.5亿元", 350000000, "元", m="计划投资", s="湖北三环程镫有限公司", sk="enterprise", t=True)
F("3个", 3, "个", m="签约重大项目")
D("11月2日", "2012-11-02", None, True)
D("2003年1月", "2003-01")
D("今年7月30日", "2012-07-30", None, True)
