# h5.nctvcloud.com (南川 county media cloud) copy of a 科技日报 story (记者 雍黎). No date printed, the text says only
# `近日`: published null (the URL's 2020-09-17 agrees with the story), no dated mentions. 西部(重庆)科学城 is not a
# zone form; `高新区直管园` names 重庆高新区 by its bare kind → zone 重庆高新区, variant `高新区` (heldout5/6);
# primary_zone null (the article is about the whole 科学城). 中国电子, 平安 head project names → short.
# `千亿级`, `500亿级`, `百亿级` are size classes (heldout4): no figures; `两个` small count.
PUBLISHED = None
PUBLISHED_INFERRED = True
KX = "西部(重庆)科学城"
CQ = "重庆高新区"
def k(t, v, u, m, s=KX, sk="other"): return F(t, v, u, S=s, K=sk, M=m, P=None)
Y = 100000000
ARTICLES = [A("西部(重庆)科学城全面启动建设", None)]
ZONES = [Z(CQ, ["高新区"])]
ENTERPRISES = [E("中国电子", kind="short"), E("平安", kind="short")]
FIGURES = [
    k("79个", 79, "个", "集中开工重大项目"),
    k("1300亿元", 1300*Y, "元", "总投资"),
    k("9个", 9, "个", "科创类项目"),
    k("约385亿元", 385*Y, "元", "科创类总投资"),
    k("52个", 52, "个", "产业类项目"),
    k("约475亿元", 475*Y, "元", "产业类总投资"),
    k("11个", 11, "个", "基础设施类项目"),
    k("约295亿元", 295*Y, "元", "基础设施类总投资"),
    k("7个", 7, "个", "公共服务配套类项目"),
    k("约145亿元", 145*Y, "元", "公共服务配套类总投资"),
    k("14个", 14, "个", "开工项目", s=CQ, sk="zone"),
    k("约482亿元", 482*Y, "元", "总投资", s=CQ, sk="zone"),
    k("16个", 16, "个", "开工项目", s="沙坪坝区"),
    k("约172亿元", 172*Y, "元", "总投资", s="沙坪坝区"),
    k("11个", 11, "个", "开工项目", s="九龙坡区"),
    k("约245亿元", 245*Y, "元", "总投资", s="九龙坡区"),
    k("6个", 6, "个", "开工项目", s="北碚区"),
    k("约125亿元", 125*Y, "元", "总投资", s="北碚区"),
    k("16个", 16, "个", "开工项目", s="江津区"),
    k("约175亿元", 175*Y, "元", "总投资", s="江津区"),
    k("16个", 16, "个", "开工项目", s="璧山区"),
    k("约101亿元", 101*Y, "元", "总投资", s="璧山区"),
]
DATES = []
EXCLUDE = ["500亿级"]
