# 广州日报 item reprinted by 黔东南信息港; stored text has no headline and no date line.
# Published from the address (2012/caijing_0403), inferred. Values are annotated as printed
# (13.16亿元 etc. are the source's own misprints for 万亿元). "破百" = passes 100 (scale word 百).
PUBLISHED = "2012-04-03"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = []
ENTERPRISES = []
S("全国", "other", "2012")
F("16家", 16, "家", m="升级省级高新区", t=True)
F("破百", 100, "", kind="count", approx=False, m="国家级高新区总数", t=True)
S("国家高新区", "other", "2011-12")
F("88家", 88, "家", m="国家高新区总数")
S("国家高新区", "other", "2011")
F("88家", 88, "家", m="上报统计的国家高新区")
F("5.96万家", 59600, "家", m="企业")
F("13.16亿元", 1316000000, "元", m="营业总收入")
F("10.49亿元", 1049000000, "元", m="工业总产值")
F("2.74亿元", 274000000, "元", m="工业增加值")
F("7672亿元", 767200000000, "元", m="净利润")
F("3000亿美元", 300000000000, "美元", m="出口总额")
F("6613亿元", 661300000000, "元", m="上缴税额")
F("12.4%", 12.4, "%", m="工业增加值占全国第二产业增加值的比重")
D("去年年底", "2011-12", None, True)
D("2011年", "2011")
