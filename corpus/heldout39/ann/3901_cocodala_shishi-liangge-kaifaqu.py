# cocodala.gov.cn (第四师·可克达拉市 portal, 师市要闻) repost of the division paper; crumbs, the printed
# `发布:2024-11-07` line and its counter `浏览量:279` kept (counter no figure). The stored text broke off in the
# paragraph after the 霍尔果斯 one (可克达拉 company); cut after the last complete paragraph.
# Zones: 霍尔果斯经济开发区 (its `兵团分区` is a part of it; canonical without the part name) and
# 可克达拉经济技术开发区, named one by one (not coordinated); the title is about both → primary null.
# `师市开发区` and `两个开发区` are no names. `自贸试验区` no zone (GUIDE list). Company: 新疆沂利泓生物新材料科技有限公司
# (registered; `该公司`/`公司` carry the subject). `前三季度` (title and body) and `1至9月` (twice) are dated spans of
# 2024 (year from the printed date). `今年预计产值在10亿元左右` a target of 2024. `两条生产线` small count.
PUBLISHED = "2024-11-07"
PUBLISHED_INFERRED = False
HG = "霍尔果斯经济开发区"
KK = "可克达拉经济技术开发区"
YL = "新疆沂利泓生物新材料科技有限公司"
Q3 = ("2024-01", "2024-09")
ARTICLES = [A("师市两个开发区前三季度“成绩单”亮眼", None)]
ZONES = [Z(HG, [HG]), Z(KK, [KK])]
ENTERPRISES = [E(YL)]
FIGURES = [
    F("5亿元", 500000000, "元", S=YL, K="enterprise", M="产值", P=Q3),
    F("1200多个", 1200, "个", S=YL, K="enterprise", M="提供就业岗位", P=Q3),
    F("100%", 100, "%", S=YL, K="enterprise", M="玉米加工量同比增长", P=Q3, C=True),
    F("10亿元左右", 1000000000, "元", S=YL, K="enterprise", M="产值", P="2024", T=True),
    F("19.8亿元", 1980000000, "元", S=HG, K="zone", M="规上工业总产值", P=Q3),
    F("110%", 110, "%", S=HG, K="zone", M="规上工业总产值同比增长", P=Q3, C=True),
]
DATES = [D("2024-11-07", "2024-11-07"), D("前三季度", "2024-01", "2024-09", inferred=True),
         D("前三季度", "2024-01", "2024-09", inferred=True),
         D("1至9月", "2024-01", "2024-09", inferred=True), D("1至9月", "2024-01", "2024-09", inferred=True)]
EXCLUDE = ["浏览量:279"]
