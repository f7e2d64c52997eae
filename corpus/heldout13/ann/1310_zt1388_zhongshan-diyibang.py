# 300842.zt1388.com (a stock-info site's news page, repost of 广州日报), the headline stored twice (one title) with the
# section label `最新信息`, printed `2024-03-01 03:57:00` (clock no figure). Cut after the source line (sitemap links
# dropped).
# Zone: `火炬开发区` in 中山 is 中山火炬高技术产业开发区, canonical `中山火炬高新区` (heldout convention for 火炬高新区),
# printed `火炬开发区` variant; 岐江新城 (no GUIDE word), 东凤镇 no zones. Companies heading project names are short
# (台光 of `台光5G`, 万洋 of `万洋众创`; heldout10); `5G` in a project name excluded. Plans (`安排重点项目`, `年度计划
# 投资`) are targets. `一季度` (three times) → 2024-01..2024-03 inferred (heldout10 quarters); `2月27日`, `2月20日`
# year inferred; `2024年` (three times) → 2024.
PUBLISHED = "2024-03-01"
PUBLISHED_INFERRED = False
ZS = dict(S="中山市", K="other")
Q1 = ("2024-01", "2024-03")
Y = 100000000
ARTICLES = [A("“第一棒”跑出“加速度”", None)]
ZONES = [Z("中山火炬高新区", ["火炬开发区"])]
ENTERPRISES = [E("台光", kind="short"), E("万洋", kind="short")]
FIGURES = [
    F("10个", 10, "个", **ZS, M="镇街", P="2024-02-27"),
    F("69个", 69, "个", **ZS, M="一季度集中开工制造业类重大项目", P=Q1),
    F("564.4亿元", 564.4*Y, "元", **ZS, M="总投资", P=Q1),
    F("380个", 380, "个", **ZS, M="重点项目", P="2024", T=True),
    F("5320亿元", 5320*Y, "元", **ZS, M="总投资", P="2024", T=True),
    F("700亿元", 700*Y, "元", **ZS, M="年度计划投资", P="2024", T=True),
    F("82个", 82, "个", **ZS, M="基础设施项目", P="2024", T=True),
    F("2905亿元", 2905*Y, "元", **ZS, M="基础设施项目总投资", P="2024", T=True),
    F("25个", 25, "个", **ZS, M="民生工程项目", P="2024", T=True),
    F("165亿元", 165*Y, "元", **ZS, M="民生工程项目总投资", P="2024", T=True),
    F("273个", 273, "个", **ZS, M="产业工程项目", P="2024", T=True),
    F("2251亿元", 2251*Y, "元", **ZS, M="产业工程项目总投资", P="2024", T=True),
]
DATES = [
    D("2024-03-01", "2024-03-01"),
    D("2月27日", "2024-02-27", inferred=True),
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("2024年", "2024"),
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("2024年", "2024"),
    D("2月20日", "2024-02-20", inferred=True),
    D("2024年", "2024"),
    D("一季度", Q1[0], Q1[1], inferred=True),
]
EXCLUDE = ["03:57:00", "台光5G"]
