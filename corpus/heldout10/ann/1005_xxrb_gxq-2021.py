# rb.xxrb.com.cn (新乡日报 e-paper, city paper), page code `第A04版` (furniture, heldout8). The stored text breaks off
# in the paragraph on 新飞/良润 e-commerce: cut after the last complete paragraph. No printed date; the text reports
# `2021年` only (the URL says 2022-02-10): published null. The zone is never named (bare `高新区`; 新乡 only in the
# site) → no zone, primary_zone null, fact subjects null for zone figures (heldout7's 828, heldout8).
# Registered companies named in full heading project names (河南功能高分子膜材料创新中心有限公司 is a 有限公司 →
# registered). `16个国家级开发区` is a figure (subject 全省); ranks (`第5位`, `第二位`, `第三位`) are not. `3期` (three
# rounds of the 三个一批 campaign) is a count (unit 期); `三个一批` is a slogan. `万美元` → 美元 (heldout9 keeps 美元).
PUBLISHED = None
PUBLISHED_INFERRED = True
Y = 100000000
P1 = "2021"
HL = "华兰生物工程股份有限公司"
YH = "上海市裕灏电子科技发展有限公司"
GN = "河南功能高分子膜材料创新中心有限公司"
HB = "深圳市海滨药业有限公司"
ARTICLES = [A("高新区:立足新起点 踔厉踏征程", None)]
ZONES = []
ENTERPRISES = [E(HL), E(YH), E(GN), E(HB)]
FIGURES = [
    F("47.24亿元", 47.24*Y, "元", M="实际利用省外资金", P=P1),
    F("100.49%", 100.49, "%", M="完成全年目标", P=P1),
    F("3.51%", 3.51, "%", M="实际利用省外资金增长", P=P1, C=True),
    F("1家", 1, "家", M="新设外商投资企业", P=P1, C=True),
    F("10679万美元", 106790000, "美元", kind="money", M="实际吸收外资", P=P1),
    F("109.5%", 109.5, "%", M="完成全年目标", P=P1),
    F("13.3%", 13.3, "%", M="实际吸收外资增长", P=P1, C=True),
    F("1066万美元", 10660000, "美元", kind="money", M="到位外资资本金", P=P1),
    F("773.8%", 773.8, "%", M="到位外资资本金增长", P=P1, C=True),
    F("16个", 16, "个", S="全省", K="other", M="国家级开发区", P=None),
    F("73.89亿元", 73.89*Y, "元", M="社会消费品零售总额", P=P1),
    F("9.2%", 9.2, "%", M="社会消费品零售总额增长", P=P1, C=True),
    F("132.85万美元", 1328500, "美元", kind="money", M="对外直接投资", P=P1),
    F("140.27%", 140.27, "%", M="对外直接投资增长", P=P1, C=True),
    F("165.7%", 165.7, "%", M="完成市定目标", P=P1),
    F("3期", 3, "期", kind="count", M="“三个一批”签约项目活动", P=P1),
    F("32个", 32, "个", M="签约项目", P=P1),
    F("103.77亿元", 103.77*Y, "元", M="签约项目总投资", P=P1),
    F("20亿元", 20*Y, "元", S=HL, K="enterprise", M="总投资", P=None),
    F("5亿元", 5*Y, "元", S=YH, K="enterprise", M="总投资", P=None),
    F("4亿元", 4*Y, "元", S=GN, K="enterprise", M="总投资", P=None),
    F("3亿元", 3*Y, "元", S=HB, K="enterprise", M="总投资", P=None),
]
DATES = [D("2021年", "2021")]
EXCLUDE = ["第A04版", "第5位"]
