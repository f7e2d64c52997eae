# ql18.com.cn (IPO-subscription portal), a listed company's listing announcement; crumb `<<返回待申购列表`, the headline
# stored twice around the printed `2021-10-19` (one title, heldout16), the announcement's numbered sections. The stored
# text breaks off in section (五): cut after (四). Printed date → published 2021-10-19, not inferred.
# Company: 中铁高铁电气装备股份有限公司 (registered, named twice inside document titles), its 证券简称 `高铁电气` (headline,
# body) a variant. Not enterprises: 上海证券交易所/上交所 (an exchange), 中国证监会/中国证券监督管理委员会 (regulator).
# Not dates: the years inside document numbers `证监许可〔2021〕2319号`, `自律监管决定书〔2021〕412号` (codes); the stock
# code `688285` (twice) is furniture. Figures: share counts with unit 股 (kind other), `12个月` a duration in months
# (a figure; only 年 durations are excluded), `1.00元` par value. Facts: subject the company; the listing day
# 2021-10-20 for the shares listed that day, no period for the issue size and share capital.
PUBLISHED = "2021-10-19"
PUBLISHED_INFERRED = False
GT = "中铁高铁电气装备股份有限公司"
EK = dict(S=GT, K="enterprise")
ARTICLES = [A("高铁电气:首次公开发行股票科创板上市公告书", None)]
ZONES = []
ENTERPRISES = [E(GT, ["高铁电气"])]
FIGURES = [
    F("9,410.00万股", 94100000, "股", **EK, M="首次公开发行股票"),
    F("12个月", 12, "个月", **EK, M="注册批复有效期"),
    F("37,628.9913万股", 376289913, "股", **EK, M="A股股本"),
    F("1.00元", 1, "元", **EK, M="每股面值"),
    F("72,074,457股", 72074457, "股", **EK, M="上市交易股份", P="2021-10-20"),
]
DATES = [D("2021-10-19", "2021-10-19"), D("2021年5月12日", "2021-05-12"), D("2021年7月6日", "2021-07-06"),
         D("2021年10月20日", "2021-10-20"), D("2021年10月20日", "2021-10-20")]
EXCLUDE = ["〔2021〕2319号", "〔2021〕412号", "688285"]
