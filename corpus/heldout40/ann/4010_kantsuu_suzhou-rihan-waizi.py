# news.kantsuu.com (贯通日本, a Japan-China portal) copy of 人民网/中新网; crumbs and `更新:2021-5-18 17:33:25` (clock
# no figure) kept; the text breaks off in the 太仓港 paragraph: cut after the 苏州日本电波 paragraph.
# Zone: 苏州高新区 (three times; primary null: the story is about 苏州's Japanese and Korean investment). Companies:
# 松下, 住友, 三星, 现代 (short); 日本电波工业株式会社 (株式会社 is a registered form; `日本电波` its variant) and its
# subsidiary 苏州日本电波工业有限公司 (`苏州日本电波`) as two entries. `27年里` a duration in 年, `世界500强` a list name; `第三和第六大` ranks
# (no digits). `截至2020年` figures take 2020; `目前` counts the publication month; `17日` is 5月17日 (inferred);
# `10月24日` is 1972 (the sentence's year, inferred). `6次` (capital increases) is a count.
PUBLISHED = "2021-05-18"
PUBLISHED_INFERRED = False
ND, SZ = "日本电波工业株式会社", "苏州日本电波工业有限公司"
ARTICLES = [A("日韩成为苏州重要外资来源地 设立企业超过5000家", None)]
ZONES = [Z("苏州高新区", ["苏州高新区"])]
ENTERPRISES = [E("松下", kind="short"), E("住友", kind="short"), E("三星", kind="short"), E("现代", kind="short"),
               E(ND, ["日本电波"]), E(SZ, ["苏州日本电波"])]
S, K, Y = "苏州", "other", "2020"
FIGURES = [
    F("超过5000家", 5000, "家", S=S, K=K, M="日韩设立企业", P=Y),
    F("超过5000家", 5000, "家", S=S, K=K, M="日韩设立企业", P=Y),
    F("超1万人", 10000, "人", S=S, K=K, M="长期在苏州的日韩籍人员", P=Y),
    F("2909家", 2909, "家", S=S, K=K, M="日资累计设立企业", P=Y),
    F("2357家", 2357, "家", S=S, K=K, M="韩资累计设立企业", P=Y),
    F("134.7亿美元", 13470000000, "美元", S=S, K=K, M="累计实际使用日资", P=Y),
    F("53亿美元", 5300000000, "美元", S=S, K=K, M="累计实际使用韩资", P=Y),
    F("11.3%", 11.3, "%", S=S, K=K, M="日资占全国", P=Y),
    F("6.2%", 6.2, "%", S=S, K=K, M="韩资占全国", P=Y),
    F("57家", 57, "家", S=S, K=K, M="日韩世界500强企业落户", P="2021-05"),
    F("22家", 22, "家", S=S, K=K, M="省级外资总部企业", P="2021-05"),
    F("15亿日元", 1500000000, "日元", S=SZ, K="enterprise", M="注册资本", P="1994-01"),
    F("25亿日元", 2500000000, "日元", S=SZ, K="enterprise", M="投资总额", P="1994-01"),
    F("6次", 6, "次", S=SZ, K="enterprise", M="增资", P=("1994", "2021")),
    F("4720万美元", 47200000, "美元", S=SZ, K="enterprise", M="注册资本", P="2021-05"),
    F("9070万美元", 90700000, "美元", S=SZ, K="enterprise", M="投资总额", P="2021-05"),
]
DATES = [D("2021-5-18", "2021-05-18"), D("5月17日", "2021-05-17", inferred=True), D("17日", "2021-05-17", inferred=True),
         D("2020年", "2020"), D("2020年", "2020"), D("1972年9月", "1972-09"), D("10月24日", "1972-10-24", inferred=True),
         D("1994年1月", "1994-01"), D("1994年1月", "1994-01")]
EXCLUDE = ["17:33:25", "27年里", "世界500强"]
