# angeladaoju.com (an unrelated domain serving a group's own site: crumb `新闻中心 > 集团要闻`) — a company press
# release of 地建集团 (a 陕西 land-development group) on a framework agreement with 通辽市; the meta line with the
# printed `发布日期:2022-07-26` (published), author/source and a click counter `点击量:1686` (furniture, no figure), and
# three image file names (`C1FA2109-….jpeg`, codes) kept. Whole as returned.
# Dates: `7月25-26日` is a span (2022-07-25..2022-07-26, year from the printed date; inferred).
# Enterprise: 地建集团 (`…集团` → group); the release calls it `集团` throughout. 通辽市 and its party/government are
# no enterprises; `《走进地建》` is an exhibition, 基础实验中心 a centre. Zone: none. Figures: none (`五大` has no scale
# word).
PUBLISHED = "2022-07-26"
PUBLISHED_INFERRED = False
ARTICLES = [A("集团与通辽市签订合作框架协议", None)]
ZONES = []
ENTERPRISES = [E("地建集团", kind="group")]
FIGURES = []
DATES = [D("2022-07-26", "2022-07-26"), D("7月25-26日", "2022-07-25", "2022-07-26", inferred=True)]
EXCLUDE = ["点击量:1686", "C1FA2109-C3FE-470B-9216-19906385621E.jpeg", "387969B9-7896-45AA-884B-D47086FCAD84.jpeg",
           "4478B999-E6E8-4B1D-88FF-7A15B927C140.jpeg"]
