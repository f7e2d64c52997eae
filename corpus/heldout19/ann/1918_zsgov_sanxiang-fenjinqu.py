# www.zs.gov.cn (中山市 government site, 三乡镇 page) repost of the town's WeChat item; accessibility links, crumbs,
# `图片` placeholders and credit lines kept; whole as returned. Printed `发布日期:2024-04-07`. `4月5日` → 2024 and
# `第一季度` (今年) → 2024-01..2024-03 (inferred). No zone (雍陌工业区 a town industrial area; 三乡 a town). Company:
# 中山量大仿真模型有限公司 (registered). `二十余年` (duration in 年), `亿元企业` (no numeral), `一年翻一番`, `全市第六`
# (rank) no figures. `在过去的一年` → period 2023.
PUBLISHED = "2024-04-07"
PUBLISHED_INFERRED = False
LD = "中山量大仿真模型有限公司"
ARTICLES = [A("三乡:鼓足干劲拼经济!奏响高质量发展“奋进曲”", None)]
ZONES = []
ENTERPRISES = [E(LD)]
FIGURES = [
    F("400余人", 400, "人", S=LD, K="enterprise", M="企业员工", P="2024-04-05"),
    F("10%", 10, "%", S=LD, K="enterprise", M="第一季度产值同比增长", P=("2024-01", "2024-03"), C=True),
    F("106.4%", 106.4, "%", S="三乡", K="other", M="工业投资增长", P="2023", C=True),
    F("3.3万户", 33000, "户", S="三乡", K="other", M="市场主体总数", P="2023"),
]
DATES = [D("2024-04-07", "2024-04-07"), D("4月5日", "2024-04-05", inferred=True),
         D("第一季度", "2024-01", "2024-03", inferred=True)]
EXCLUDE = []
