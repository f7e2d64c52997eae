# No date line on the page; published from the address (t20120612), inferred. 产业集聚区 are not zones.
# 首季 (first quarter) in the headline is a quarter like 一季度.
PUBLISHED = "2012-06-12"
PUBLISHED_INFERRED = True
ARTICLES = [A("豫首季产业集聚区规模以上工业主营收5071亿元", None)]
ZONES = []
ENTERPRISES = []
S("全省", "other", "2012-01", "2012-03")
F("5071亿元", 507100000000, "元", m="产业集聚区规模以上工业主营业务收入", s="豫")
F("5071.17亿元", 507117000000, "元", m="产业集聚区规模以上工业主营业务收入")
F("28.6%", 28.6, "%", m="产业集聚区规模以上工业主营业务收入", c=True)
F("5.1个百分点", 5.1, "个百分点", m="高于全省规模以上工业增速", c=True)
F("11个", 11, "个", m="增速高于平均水平的省辖市")
F("74.0%", 74.0, "%", m="产业集聚区规模以上工业主营业务收入", c=True, s="郑州市")
F("1.2%", 1.2, "%", m="产业集聚区规模以上工业主营业务收入", c=True, s="安阳市")
D("首季", "2012-01", "2012-03", True)
D("6月10日", "2012-06-10", None, True)
D("一季度", "2012-01", "2012-03", True)
D("一季度", "2012-01", "2012-03", True)
