# brennahblack.com: a company's own news page (press release), printed `发布时间: 2018-10-10`; the ceremony was
# 2017年9月16日. The company is named only through its project (山东北辰新能源装备生产基地) → short 山东北辰
# (heldout5). Clock times (`10点18分`, `11时许`) are neither figures nor dates. No zone (区委/区政府 only).
PUBLISHED = "2018-10-10"
PUBLISHED_INFERRED = False
ARTICLES = [A("山东北辰新能源装备生产基地项目奠基仪式隆重举行", None)]
ZONES = []
ENTERPRISES = [E("山东北辰", kind="short")]
FIGURES = []
DATES = [D("2018-10-10", "2018-10-10"), D("2017年9月16日", "2017-09-16")]
