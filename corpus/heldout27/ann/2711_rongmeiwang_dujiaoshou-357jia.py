# zgrongmeichanyewangw.rongmeiwang.cn (content farm, `机构` channel) repost via 凯迪网 of a 央视新闻客户端 item: crumbs,
# `2023-06-22 14:18:25    来源:凯迪网` row (clock no figure), `【资料图】`, the closing `来源:` line kept; the `关键词`/
# `相关阅读` widgets after it cut. Published 2023-06-22 (printed).
# Enterprise: 长城战略咨询 (the consultancy company whose manager speaks; short). 港交所 and A股科创板 stand as listing
# venues (markets), no company entry; 凯迪网/央视新闻客户端 are media. No zone.
# Dates: `2022年` (headline + 3 in the body) → 2022; the year in the event name `2023中国独角兽企业大会` is no date (GUIDE).
# Figures: `不超过10年` is a duration in 年 (no figure); `超过10亿美元`/`超10亿美元` (the valuation threshold, approx);
# `超过八成` → 80 % approx; `五省市`/`两地` small Chinese counts. Facts: subject 中国 (other), period 2022.
PUBLISHED = "2023-06-22"
PUBLISHED_INFERRED = False
ZG = dict(S="中国", K="other", P="2022")
ARTICLES = [A("创新高!2022年全国独角兽企业数量达357家", None)]
ZONES = []
ENTERPRISES = [E("长城战略咨询", kind="short")]
FIGURES = [
    F("357家", 357, "家", **ZG, M="独角兽企业数量"),
    F("超过10亿美元", 1000000000, "美元", M="独角兽企业商业估值"),
    F("357家", 357, "家", **ZG, M="独角兽企业数量"),
    F("超10亿美元", 1000000000, "美元", M="独角兽企业估值标准"),
    F("357家", 357, "家", **ZG, M="独角兽企业"),
    F("13%", 13, "%", **ZG, M="独角兽企业", C=True),
    F("98家", 98, "家", **ZG, M="新晋独角兽企业"),
    F("38个", 38, "个", **ZG, M="独角兽企业分布赛道"),
    F("15个", 15, "个", **ZG, M="首次出现独角兽企业的城市"),
    F("136家", 136, "家", **ZG, M="独角兽企业新获融资"),
    F("25家", 25, "家", **ZG, M="独角兽企业完成上市"),
    F("超过八成", 80, "%", **ZG, M="在港交所和A股科创板挂牌"),
]
DATES = [D("2022年", "2022")] * 4 + [D("2023-06-22", "2023-06-22")]
EXCLUDE = ["14:18:25", "2023中国独角兽企业大会", "10年"]
