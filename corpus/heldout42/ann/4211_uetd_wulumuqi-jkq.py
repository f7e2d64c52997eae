# uetd.gov.cn (乌鲁木齐经济技术开发区 / 头屯河区 administration site): the zone's report on its 2023 plan. No date line:
# published 2024-03 from the URL path (`/202403/`). Cut after the line `略` (the printed omission mark): the industry
# paragraph after it broke off mid-word (`商贸物流基`), and with it every company name of the page (none kept).
# Title: the two-line headline joined (`乌鲁木齐经济技术开发区` + `2023年国民经济和社会发展计划执行情况`). Its `2023年`
# stands inside the document's name: no date (count note `2023年` gold 2 / page 3; the two body mentions are dates).
# Zone: 乌鲁木齐经济技术开发区 with the bare `经开区` (`经开区(头屯河区)`). `固定资产投资同比持平` has no number.
PUBLISHED = "2024-03"
PUBLISHED_INFERRED = True
WL = "乌鲁木齐经济技术开发区"
ZK = dict(S=WL, K="zone")
ARTICLES = [A("乌鲁木齐经济技术开发区2023年国民经济和社会发展计划执行情况", WL)]
ZONES = [Z(WL, [WL, "经开区"])]
ENTERPRISES = []
FIGURES = [
    F("4.5%", 4.5, "%", **ZK, M="地区生产总值同比增长", P="2023", C=True),
    F("5%", 5, "%", **ZK, M="规模以上工业增加值同比增长", P="2023", C=True),
    F("28%", 28, "%", **ZK, M="外贸进出口同比增长", P="2023", C=True),
    F("47.8%", 47.8, "%", **ZK, M="一般公共预算收入同比增长", P="2023", C=True),
    F("13%", 13, "%", **ZK, M="社会消费品零售总额同比增长", P="2023", C=True),
]
DATES = [D("2023年", "2023"), D("2023年", "2023")]
EXCLUDE = ["2023年国民经济和社会发展计划执行情况"]
