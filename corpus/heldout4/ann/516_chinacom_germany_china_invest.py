# 人民日报 article on 中华网. The headline is printed in quotation marks and is kept with them.
# Years inside 《2020年外国企业在德国投资报告》 are document names, not dates. An accounting firm
# (德国毕马威会计师事务所) is a company; chambers (中国德国商会) and agencies are not.
PUBLISHED = "2021-05-25"
PUBLISHED_INFERRED = False
ARTICLES = [A("“德中投资合作互利共赢”", None)]
ZONES = []
ENTERPRISES = [
    E("德国毕马威会计师事务所", kind="short"),
    E("蜂巢能源", kind="short"),
    E("宁德时代", kind="short"),
]
F("1684个", 1684, "个", s="德国", m="落户绿地投资以及褐地投资", p="2020")
F("9%", 9, "%", s="德国", m="落户绿地投资以及褐地投资", p="2020", c=True)
F("170个", 170, "个", s="中国", m="对德国投资项目", p="2020")
F("约10%", 10, "%", s="中国", m="对德国投资项目", p="2020", c=True)
F("约5200家", 5200, "家", s="中国", m="在华德国公司", p="2021-05-25")
F("72%", 72, "%", s=None, m="计划增加在华投资的在华德资企业比例", p=None)
D("2021-05-25", "2021-05-25")
D("2020年", "2020")
