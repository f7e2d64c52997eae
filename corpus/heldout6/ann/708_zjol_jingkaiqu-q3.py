# china.zjol.com.cn (浙江在线) repost of 经济日报/中国经济网 (central media), printed 2019-11-29 11:50:51.
# 国家级经开区/国家级经济技术开发区 is a category, not a zone. 广州经开区, 江宁经开区, 天津经开区 in separate
# sentences (not coordinated). `世界500强` is a rank (no figure). `4个方面`: Arabic count (figure).
# 浙江在线/中国经济网/经济日报 are media (no enterprises).
PUBLISHED = "2019-11-29"
PUBLISHED_INFERRED = False
GJ = "国家级经开区"
Q3 = ("2019-01", "2019-09")
ARTICLES = [A("前三季度国家级经开区进出口同比增长7.6%", None)]
ZONES = [Z("广州经开区", ["广州经开区"]), Z("江宁经开区", ["江宁经开区"]), Z("天津经开区", ["天津经开区"])]
ENTERPRISES = []
FIGURES = [
    F("7.6%", 7.6, "%", S=GJ, K="other", M="进出口", P=Q3, C=True),
    F("219家", 219, "家", S=GJ, K="other", M="国家级经开区数量", P=Q3),
    F("4.4万亿元", 4400000000000, "元", S=GJ, K="other", M="进出口总额", P=Q3),
    F("7.6%", 7.6, "%", S=GJ, K="other", M="进出口总额", P=Q3, C=True),
    F("19.2%", 19.2, "%", S=GJ, K="other", M="占全国进出口总额的比重", P=Q3),
    F("0.6个百分点", 0.6, "个百分点", S=GJ, K="other", M="占全国进出口总额的比重", P=Q3, C=True),
    F("372亿美元", 37200000000, "美元", S=GJ, K="other", M="实际使用外资和外商投资企业再投资", P=Q3),
    F("3%", 3, "%", S=GJ, K="other", M="实际使用外资和外商投资企业再投资", P=Q3, C=True),
    F("3400家", 3400, "家", S="广州经开区", K="zone", M="落户外资企业", P=None),
    F("192家", 192, "家", S="广州经开区", K="zone", M="世界500强企业", P=None),
    F("4个", 4, "个", S=GJ, K="other", M=None, P=None, T=True),
]
DATES = [
    D("前三季度", "2019-01", "2019-09", inferred=True),
    D("2019年11月29日", "2019-11-29"),
    D("11月28日", "2019-11-28", inferred=True),
    D("前三季度", "2019-01", "2019-09", inferred=True),
    D("28日", "2019-11-28", inferred=True),
    D("今年5月", "2019-05", inferred=True),
]
