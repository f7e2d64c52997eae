# www.bozhihong.com.cn (a company's site, news page) copy of a 苏州工业园区 WeChat post: `扫一扫 关注我们`, the post's
# one-line fragments joined by spaces (`揭晓榜单中 江苏省…`), `(园区部分)` kept; the `相关附件下载:` widget cut.
# No printed date: `今天(12月23日)` with the `2022中国潜在独角兽企业报告发布会` → published 2022-12-23 (inferred).
# Zone: 苏州工业园区 (city-rank 工业园区, primary); the post calls it bare `园区` (headline, `其中,园区38家`, `(园区部分)`),
# a variant (heldout16's bare `开发区`). `国家高新区` generic. Enterprise: 长城战略咨询 (short).
# Dates: `今天` and `12月23日` → 2022-12-23 (inferred; 今天 names the day itself); `2021年` (the list's year) → 2021.
# The years in the event name, the report title (`《2022中国潜在独角兽企业研究报告》`, 2×) and the list name
# `2021中国潜在独角兽企业榜单` are no dates (GUIDE). Figures: `7成` (2×) → 70 %, `近五成` → 50 % approx (X成);
# `约占全省40%` (text `40%`, approx by 约); `一半以上` no figure (2704); `全国第三` a rank; `六个` small.
PUBLISHED = "2022-12-23"
PUBLISHED_INFERRED = True
SIP = "苏州工业园区"
ZG = dict(S="中国", K="other", P="2021")
YQ = dict(S=SIP, K="zone", P="2021")
ARTICLES = [A("园区数量全国第三!中国潜在独角兽榜单公布!", SIP)]
ZONES = [Z(SIP, [SIP, "园区"])]
ENTERPRISES = [E("长城战略咨询", kind="short")]
FIGURES = [
    F("595家", 595, "家", **ZG, M="潜在独角兽企业总体数量"),
    F("7成", 70, "%", **ZG, M="潜在独角兽企业集聚北上苏深杭"),
    F("7成", 70, "%", **ZG, M="潜在独角兽企业集聚国家高新区"),
    F("39个", 39, "个", **ZG, M="分布赛道"),
    F("近五成", 50, "%", **ZG, M="六个赛道集聚潜在独角兽企业"),
    F("97家", 97, "家", S="江苏省", K="other", M="潜在独角兽企业", P="2021"),
    F("61家", 61, "家", S="苏州市", K="other", M="潜在独角兽企业", P="2021"),
    F("38家", 38, "家", **YQ, M="潜在独角兽企业"),
    F("超40%", 40, "%", **YQ, M="潜在独角兽企业", C=True),
    F("40%", 40, "%", approx=True, **YQ, M="约占全省"),
]
DATES = [D("今天", "2022-12-23", inferred=True), D("12月23日", "2022-12-23", inferred=True), D("2021年", "2021")]
EXCLUDE = ["2022中国潜在独角兽企业报告发布会", "《2022中国潜在独角兽企业研究报告》", "2021中国潜在独角兽企业榜单"]
