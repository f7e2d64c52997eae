# cssauk.org.uk (a students' association site) copy of a 中关村 introduction; breaks off in point three: cut after
# point two. No printed date: published from the URL path (2018/09, inferred); the results are 2017's (`2017年全年`).
# Zone: 中关村 (variants 中关村科技园区, 中关村国家自主创新示范区, 中关村示范区; primary). Not a zone: the old
# name inside the title of a regulation (《北京市新技术产业开发试验区暂行条例》). Companies: 京东方, 小米 (short).
# `本世纪前20年` a span of years counted in 年 (no figure, no date); `八次`, `第九次` small counts/ordinals.
# `1988年初` → 1988-01 (as `年底` → 12). `1/3以上` a fraction (ratio, approx); `超过千件` a Chinese-numeral
# threshold with a scale word (1000, approx). `目前` figures take the publication month; `全年` figures 2017.
PUBLISHED = "2018-09"
PUBLISHED_INFERRED = True
ZGC = "中关村"
ARTICLES = [A("中关村科技园区介绍", ZGC)]
ZONES = [Z(ZGC, [ZGC, "中关村科技园区", "中关村国家自主创新示范区", "中关村示范区"])]
ENTERPRISES = [E("京东方", kind="short"), E("小米", kind="short")]
K, NOW, Y = "zone", "2018-09", "2017"
FIGURES = [
    F("488平方公里", 488, "平方公里", S=ZGC, K=K, M="规划面积", P=NOW),
    F("近2万家", 20000, "家", S=ZGC, K=K, M="高新技术企业", P=NOW),
    F("11252家", 11252, "家", S=ZGC, K=K, M="国高新企业", P=NOW),
    F("1557亿元", 155700000000, "元", S=ZGC, K=K, M="股权投资金额", P=Y),
    F("47.7%", 47.7, "%", S=ZGC, K=K, M="股权投资金额同比增长", P=Y, C=True),
    F("1/3以上", 0.333333, "", kind="ratio", S=ZGC, K=K, M="股权投资金额占全国", P=Y),
    F("近3万家", 30000, "家", S=ZGC, K=K, M="新设立科技型企业", P=Y),
    F("80余家", 80, "家", S=ZGC, K=K, M="日均新设立科技型企业", P=Y),
    F("7.4万件", 74000, "件", S=ZGC, K=K, M="企业专利申请量", P=Y),
    F("4.3万件", 43000, "件", S=ZGC, K=K, M="专利授权", P=Y),
    F("19.4%", 19.4, "%", S=ZGC, K=K, M="专利授权同比增长", P=Y, C=True),
    F("8万件", 80000, "件", S=ZGC, K=K, M="有效发明专利拥有量", P=Y),
    F("9家", 9, "家", S=ZGC, K=K, M="年度专利申请量超过千件的企业", P=Y),
    F("超过千件", 1000, "件", S=ZGC, K=K, M="企业年度专利申请量", P=Y),
    F("7115项", 7115, "项", S=ZGC, K=K, M="企业累计主导创制发布标准", P=Y),
    F("309项", 309, "项", S=ZGC, K=K, M="国际标准", P=Y),
]
DATES = [D("1988年初", "1988-01"), D("1988年5月", "1988-05"), D("1999年6月", "1999-06"), D("2009年3月", "2009-03"),
         D("2013年9月30日", "2013-09-30"), D("2017年", "2017")]
EXCLUDE = ["前20年"]
