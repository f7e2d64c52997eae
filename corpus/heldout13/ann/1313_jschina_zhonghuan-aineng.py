# jsnews.jschina.com.cn (中国江苏网, provincial news portal; story of 扬州网 = 扬州日报), a stray image file name
# (`微信截图_20240920153326.jpg`) above the headline and the audio widget (`1` / `听新闻`) kept as furniture; printed
# `2021-12-20 09:32:00` (clock no figure). The stored text breaks off after an in-text section head: cut after the last
# complete paragraph. The in-text section head `年开票超60亿元,这个新投产项目跑出发展加速度` is no title; its figure counts.
# Zone 高邮经开区 (printed once); the story is about 扬州's manufacturing projects (primary zone null).
# Company 中环艾能(高邮)能源科技有限公司 (registered; `中环艾能` variant). Production-line capacities inside line names
# (`3GW切片+2.5GW电池+2GW组件生产线`, `2.5GW电池生产线`, `G12…`) are no figures (heldout10's capacities in names).
# `两个`, `第四` small count/rank. Dates: `去年底` → 2020-12, `今年8月` → 2021-08, `今年1-11月` → 2021-01..11, `去年4月
# 13日` → 2020-04-13, `去年6月` → 2020-06, `12月25日` (of 去年) → 2020-12-25 (all year-inferred). `今年以来` → Jan to
# publication month for the facts.
PUBLISHED = "2021-12-20"
PUBLISHED_INFERRED = False
ZH = "中环艾能(高邮)能源科技有限公司"
EK = dict(S=ZH, K="enterprise")
YZ = dict(S="扬州", K="other")
YTD = ("2021-01", "2021-12")
Y = 100000000
ARTICLES = [A("扬州制造业项目建设涌热潮 这个新投产项目跑出发展加速度", None)]
ZONES = [Z("高邮经开区", ["高邮经开区"])]
ENTERPRISES = [E(ZH, ["中环艾能"])]
FIGURES = [
    F("60亿元", 60*Y, "元", **EK, M="开票销售", P=YTD),
    F("77个", 77, "个", **YZ, M="认定制造业新开工项目", P=("2021-01", "2021-11")),
    F("17个", 17, "个", **YZ, M="新开工项目同比增加", P=("2021-01", "2021-11"), C=True),
    F("41个", 41, "个", **YZ, M="列入《江苏省重点工业投资项目计划》项目", P="2021"),
    F("超60亿元", 60*Y, "元", **EK, M="年开票", P="2021"),
    F("50亿元", 50*Y, "元", **EK, M="计划总投资", P=None, T=True),
    F("1.2亿元", 1.2*Y, "元", **EK, M="开票销售", P="2020"),
    F("60亿元", 60*Y, "元", **EK, M="开票销售", P=YTD),
    F("超过1亿元", 1*Y, "元", **EK, M="每条生产线投资", P=None),
]
DATES = [
    D("2021-12-20", "2021-12-20"),
    D("去年底", "2020-12", inferred=True),
    D("今年8月", "2021-08", inferred=True),
    D("今年1-11月", "2021-01", "2021-11", inferred=True),
    D("去年4月13日", "2020-04-13", inferred=True),
    D("去年6月", "2020-06", inferred=True),
    D("12月25日", "2020-12-25", inferred=True),
]
EXCLUDE = ["20240920153326", "09:32:00", "1\n听新闻", "3GW切片+2.5GW电池+2GW组件", "2.5GW电池", "G12"]
