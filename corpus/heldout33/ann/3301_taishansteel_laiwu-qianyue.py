# taishansteel.com.cn (泰山钢铁集团's own site, `新闻中心 > 公司新闻`), a company press release; whole as returned but for
# the 李光辉 paragraph the stored text breaks off in (cut). Menu lines and `字号` kept. The date line is printed before
# the headline as `发布日期:` / `07月29日,2022年` (day first, year after a comma): one dated mention, text the whole
# line, printed → published 2022-07-29, not inferred. `七月的莱芜大地` is a calendar month in Chinese numerals (a dated
# mention, 2022-07, inferred); `7月28日` the ceremony's day (inferred).
# No figure on the page (a signing report without amounts). No zone (莱芜区 is a district, 济南市 a city).
# Company: 泰山钢铁集团 (`…集团` → group; `集团` alone refers back to it). Not enterprises: 希尔顿欢朋酒店 (named only as the
# venue, a place), 商协会/金融机构 (generic), government bodies; `不锈钢产业园(创新园)项目` is a project.
PUBLISHED = "2022-07-29"
PUBLISHED_INFERRED = False
ARTICLES = [A("泰山钢铁集团参加莱芜区招商引资工作会暨“双招双引”项目集中签约仪式", None)]
ZONES = []
ENTERPRISES = [E("泰山钢铁集团", kind="group")]
FIGURES = []
DATES = [D("07月29日,2022年", "2022-07-29"), D("七月", "2022-07", inferred=True), D("7月28日", "2022-07-28", inferred=True)]
EXCLUDE = []
