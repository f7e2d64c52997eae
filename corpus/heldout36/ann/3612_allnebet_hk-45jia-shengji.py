# allnebet.com (spam content farm) copy of a 中新社 (wire) Hong Kong item: headline, `发布时间` line (clock no
# figure), then a gambling advert glued to another story's headline (`…同乐1990年以来首次!日元对美元汇率一度跌破160`)
# and the farm's symbol garbage (`%*@#`) sprinkled through the body — all kept as stored. The text breaks off in
# the closing paragraph: cut after the one before. Published 2024-05-08 (printed).
# No zone; no company named (the 45/150/382 firms are unnamed; GGPoker/EV扑克/黑桃A俱乐部 are an advert's brand,
# product and club, not news companies; 投资推广署 and 引进办 are government offices). Dates: the advert's `1990年`
# (a dated mention, whatever its source), dateline `5月8日` and `8日` (the press conference, same day; a day with
# its month given by the dateline) → 2024 (inferred), `2022年底` → 2022-12, `今年首季度` → 2024-01..2024-03
# (heldout16's `一季度`); bare `去年` is no dated mention (heldout16), though it sets the 2023 figures' period.
# Figures: the advert's exchange rate `160` (unit "", no subject), `四个类别` a small Chinese count, `逾半数` no
# scale word. Subject of the HK figures: 投资推广署 / 引进办 (other).
PUBLISHED = "2024-05-08"
PUBLISHED_INFERRED = False
YJ = dict(S="引进办", K="other", P=("2022-12", "2024-05"))
TZ = dict(S="投资推广署", K="other")
Q1 = ("2024-01", "2024-03")
ARTICLES = [A("引进办成立以来与香港投资推广署合作引入45家生技企业", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("45家", 45, "家", **YJ, M="引入生技企业"),
    F("160", 160, "", S="日元", K="other", M="对美元汇率", P=None),
    F("45家", 45, "家", **YJ, M="引入重点生命及健康科技企业"),
    F("9个", 9, "个", **YJ, M="企业来源国家及地区"),
    F("65亿元", 6500000000, "元", **YJ, M="在港投资总额"),
    F("超过3200个", 3200, "个", **YJ, M="工作职位"),
    F("150家", 150, "家", **TZ, M="引入企业", P=Q1),
    F("147亿元", 14700000000, "元", **TZ, M="带来资金", P=Q1),
    F("约2000个", 2000, "个", **TZ, M="就业机会", P=Q1),
    F("382家", 382, "家", **TZ, M="引入企业", P="2023"),
    F("616亿元", 61600000000, "元", **TZ, M="带来投资", P="2023"),
    F("4100个", 4100, "个", **TZ, M="就业机会", P="2023"),
]
DATES = [D("2024-05-08", "2024-05-08"), D("1990年", "1990"), D("5月8日", "2024-05-08", inferred=True),
         D("8日", "2024-05-08", inferred=True), D("2022年底", "2022-12"), D("今年首季度", "2024-01", "2024-03", inferred=True)]
EXCLUDE = ["14:57:24", "evp666.com"]
