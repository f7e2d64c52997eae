# szb.ycfbapp.com (银川日报 e-paper, page 04): kicker `抓产业集群 抓产业转型 抓产业创新` over the main headline
# `银川播下高质量发展种子` (title; kicker not part of it), `版次:04` (page number), four photo captions and a section
# heading kept. The stored text breaks off in the 旭晶 paragraph (`实现税`): cut after the 晶盛机电 paragraph.
# No printed date: published 2024 from the body (`2024年完成投资`; inferred).
# Figures: capacities inside project names are no figures (heldout10): `年产10000万千米金刚线项目` (caption and body),
# `年产2000万kVAh…生产基地项目` (caption), `“年产1200万片4英寸蓝宝石晶片切磨抛智慧化”` (quoted project name).
# `4年时间里` is a duration in 年. Dates: `6月底`, `5月初` (→ months), `2024年`, bare `下半年` (2024-07..2024-12,
# inferred). Companies: 宁夏晶钰新材料科技有限公司 (registered; `晶钰新材料`, `宁夏晶钰新材料` variants; `该公司`),
# 威力传动 (short, heading a caption's project), 昆工恒达(宁夏)新能源有限公司 (registered), 浙江晶盛机电股份有限公司
# (registered, the parent). No zone (宁夏新材料产业园 a park).
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
JY = "宁夏晶钰新材料科技有限公司"
JS = "浙江晶盛机电股份有限公司"
ARTICLES = [A("银川播下高质量发展种子", None)]
ZONES = []
ENTERPRISES = [E(JY, ["晶钰新材料", "宁夏晶钰新材料"]), E("威力传动", kind="short"), E("昆工恒达(宁夏)新能源有限公司"),
               E(JS)]
FIGURES = [
    F("2.5亿元", 250000000, "元", S=JY, K="enterprise", M="累计完成投资", P="2024-06"),
    F("1.6亿元", 160000000, "元", S=JY, K="enterprise", M="完成投资", P="2024"),
    F("17条", 17, "条", S=JY, K="enterprise", M="安装调试完成金刚线生产线", P="2024-06"),
    F("3.5亿元", 350000000, "元", S=JY, K="enterprise", M="新增投资", P=("2024-07", "2024-12"), T=True),
    F("8个", 8, "个", S=JS, K="enterprise", M="投资建设项目"),
]
DATES = [D("6月底", "2024-06", inferred=True), D("2024年", "2024"), D("5月初", "2024-05", inferred=True),
         D("下半年", "2024-07", "2024-12", inferred=True)]
EXCLUDE = ["版次:04", "年产10000万千米", "年产2000万kVAh", "年产1200万片4英寸", "4年时间"]
