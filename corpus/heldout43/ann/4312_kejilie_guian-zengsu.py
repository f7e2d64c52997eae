# kejilie.com (科技猎, aggregator) copy of a 数据观 item; no printed date, the aggregator's self-advert line kept. The
# headline is stored three times (twice as image alt text inside the body): one title. The returned text breaks off
# inside the paragraph listing the data-centre and software companies (华为云, 燧原科技, 腾讯 …); cut after the last
# complete paragraph. Published: `甲辰年春节前夕, 2024贵阳市两会` → 2024 (inferred). `2024贵阳市两会` is an event
# name (no date). NEW: the cyclical year with its festival, `甲辰年春节`, is a dated mention (2024-02-10, the year
# named by the text). `2024年年中` → 2024-06 (as `年底` → December). `三年大变样`/`三大基地` are slogans and small
# counts; `年初`/`年底` without a year no dates. Zone: 贵安新区 (primary; `直管区` its directly run part). Company: 网易
# (its data centre; 网易邮箱 and 有道词典 are products). The data-centre counts are 网易's levels now (`目前` → the
# publication year) and its mid-2024 target.
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
GA = "贵安新区"
NE = dict(S="网易", K="enterprise")
ARTICLES = [A("增速第一!这样的贵安新区,值得期待!", GA)]
ZONES = [Z(GA, [GA])]
ENTERPRISES = [E("网易", kind="short")]
FIGURES = [
    F("24.1%", 24.1, "%", S=GA, K="zone", M="直管区地区生产总值同比增长", P="2023", C=True),
    F("1100多个", 1100, "个", **NE, M="贵安数据中心上架机柜", P="2024"),
    F("6000余台", 6000, "台", **NE, M="贵安数据中心上架服务器", P="2024"),
    F("1.5万台", 15000, "台", **NE, M="数据中心上电服务器", P="2024-06", T=True),
]
DATES = [D("甲辰年春节", "2024-02-10"), D("2023年", "2023"), D("2023年", "2023"), D("2023年", "2023"),
         D("2024年年中", "2024-06")]
EXCLUDE = ["2024贵阳市两会"]
