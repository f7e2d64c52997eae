# news.cjn.cn (长江日报, city paper). No printed date line; the text's `2012年1-4月` and `24日` (the 洽谈会 in
# 2012) give 2012-04 (URL 201204 agrees). `七项目` in the headline is a small Chinese count (no figure). The
# event `2012年湖北浙江“长三角”地区经贸洽谈会` is a name (its year not a date). 阳逻开发区 (provincial 经济开发区) is a
# zone. 乾龙卢氏(北京)投资公司: …公司 without 有限 → short. `{{index+1}}` is template furniture.
PUBLISHED = "2012-04"
PUBLISHED_INFERRED = True
XZ = "新洲区"
YL = "阳逻开发区"
QL = "乾龙卢氏(北京)投资公司"
D24 = "2012-04-24"
ARTICLES = [A("“长三角”洽谈会七项目奔新洲 总额达146.5亿元", YL)]
ZONES = [Z(YL, [YL])]
ENTERPRISES = [E(QL, kind="short")]
FIGURES = [
    F("146.5亿元", 14650000000, "元", S=XZ, K="other", M="投资总额", P=D24),
    F("7个", 7, "个", S=XZ, K="other", M="签约项目", P=D24),
    F("146.5亿元", 14650000000, "元", S=XZ, K="other", M="投资总额", P=D24),
    F("95亿元", 9500000000, "元", S=YL, K="zone", M="签约金额", P=D24),
    F("55亿元", 5500000000, "元", S=QL, K="enterprise", M="计划投资", P=None, T=True),
    F("5亿元", 500000000, "元", S=QL, K="enterprise", M="年纳税", P=None, T=True),
    F("7个", 7, "个", S=XZ, K="other", M="新签项目", P=None),
    F("300亿元", 30000000000, "元", S=XZ, K="other", M="年总产值", P=None, T=True),
    F("3万个", 30000, "个", S=XZ, K="other", M="新增就业岗位", P=None, T=True),
    F("27亿元", 2700000000, "元", S=XZ, K="other", M="年税收", P=None, T=True),
    F("逾200亿元", 20000000000, "元", S=XZ, K="other", M="引进工业项目协议投资额", P=("2012-01", "2012-04")),
]
DATES = [D("24日", D24, inferred=True), D("2012年1-4月", "2012-01", "2012-04")]
