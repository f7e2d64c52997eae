# dongchanet.com (洞察网, aggregator) copy of a 中安在线 (Anhui provincial portal) item: crumbs `当前位置:主页 > 要闻 > 正文`
# before the headline, `来源:中安在线作者:洞察网2021-05-14 09:53:05` glued line (clock no figure) → published printed;
# `[责任编辑:linlin]` kept, the `评论排行/热门话题` widgets after it cut. `5月13日` → 2021-05-13 (inferred).
# No zone is named (国家高新区/省级高新区 are kinds, not zones); no enterprise. Title `12893.5亿` has no unit (""); the
# title's `20家` and the body's are separate entries. Facts: subject the printed `安徽` (全省高新区); 2020 statistics
# period 2020; the zone counts 截至目前 → the press conference day 2021-05-13; title figures period 2020.
PUBLISHED = "2021-05-14"
PUBLISHED_INFERRED = False
AH = dict(S="安徽", K="other", P="2020")
NOW = dict(S="安徽", K="other", P="2021-05-13")
ARTICLES = [A("安徽2020年20家高新区实现工业总产值达12893.5亿", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("20家", 20, "家", **AH, M="高新区"),
    F("12893.5亿", 1289350000000, "", **AH, M="工业总产值"),
    F("20家", 20, "家", **NOW, M="高新区"),
    F("6家", 6, "家", **NOW, M="国家高新区"),
    F("14家", 14, "家", **NOW, M="省级高新区"),
    F("16个", 16, "个", **NOW, M="省级以上高新区覆盖地市"),
    F("12893.5亿元", 1289350000000, "元", **AH, M="工业总产值"),
    F("16.0%", 16.0, "%", **AH, M="工业总产值同比增长", C=True),
    F("15877.5亿元", 1587750000000, "元", **AH, M="营业收入"),
    F("20.3%", 20.3, "%", **AH, M="营业收入同比增长", C=True),
    F("1370.5亿元", 137050000000, "元", **AH, M="出口总额"),
    F("67.4%", 67.4, "%", **AH, M="出口总额同比增长", C=True),
    F("1058.9亿元", 105890000000, "元", **AH, M="净利润"),
    F("15.6%", 15.6, "%", **AH, M="净利润同比增长", C=True),
    F("836.8亿元", 83680000000, "元", **AH, M="实际上缴税费"),
    F("16.4%", 16.4, "%", **AH, M="实际上缴税费同比增长", C=True),
    F("97868家", 97868, "家", **AH, M="区内注册企业数"),
    F("24.5%", 24.5, "%", **AH, M="区内注册企业数同比增长", C=True),
    F("2959家", 2959, "家", **AH, M="高新技术企业"),
    F("23.7%", 23.7, "%", **AH, M="高新技术企业同比增长", C=True),
]
DATES = [D("2020年", "2020"), D("2021-05-14", "2021-05-14"), D("5月13日", "2021-05-13", inferred=True), D("2020年", "2020")]
EXCLUDE = ["09:53:05"]
