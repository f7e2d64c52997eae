# selecttj.com (天津 investment portal; story from 天津市商务委员会), printed 2017-11-28 16:53 (clock no figure);
# `阅读:` has no number. 蓟州经济开发区 is a zone (…开发区); the 京津州河科技产业园 it grew from is a park, not a
# zone; primary_zone set to 蓟州经济开发区 since the park is built on it (judgment). 京磁材料, 奥博科技 are companies
# named by short names (short); 航天特种机械制造, 商用厨房设备 are project descriptions. `55亿余元` approx (余).
# Park totals `截至目前` → the publication month 2017-11. `年可实现…` (after full production) → target.
PUBLISHED = "2017-11-28"
PUBLISHED_INFERRED = False
JZ = "蓟州经济开发区"
YQ = "京津州河科技产业园"
N = "2017-11"
ARTICLES = [A("蓟州区13个新项目落户 总投资超16亿元", JZ)]
ZONES = [Z(JZ, [JZ])]
ENTERPRISES = [E("京磁材料", kind="short"), E("奥博科技", kind="short")]
FIGURES = [
    F("13个", 13, "个", S="蓟州区", K="other", M="落户新项目", P=N),
    F("超16亿元", 1600000000, "元", S="蓟州区", K="other", M="总投资", P=N),
    F("13个", 13, "个", S=YQ, K="other", M="落户科技型项目", P=N),
    F("13个", 13, "个", S=YQ, K="other", M="落户项目", P=N),
    F("超16亿元", 1600000000, "元", S=YQ, K="other", M="落户项目总投资额", P=N),
    F("13个", 13, "个", S="蓟州区", K="other", M="签约落户科技型项目", P=N),
    F("62平方公里", 62, "平方公里", S=YQ, K="other", M="总规划面积", P=None),
    F("约16.4平方公里", 16.4, "平方公里", S=YQ, K="other", M="已开发面积", P=N),
    F("55亿余元", 5500000000, "元", S=YQ, K="other", M="累计投入基础设施及配套设施建设资金", P=N),
    F("185家", 185, "家", S=YQ, K="other", M="签约落地项目", P=N),
    F("约380亿元", 38000000000, "元", S=YQ, K="other", M="总投资", P=N),
    F("122家", 122, "家", S=YQ, K="other", M="落地建成企业", P=N),
    F("400亿元", 40000000000, "元", S=YQ, K="other", M="年销售收入", P=None, T=True),
    F("15亿元", 1500000000, "元", S=YQ, K="other", M="税收", P=None, T=True),
    F("3万人", 30000, "人", S=YQ, K="other", M="安排就业", P=None, T=True),
]
DATES = [D("2017-11-28", "2017-11-28")]
EXCLUDE = ["16:53"]  # clock time
