# m.zx.lc123.net (aggregator), Simplified copy of a 鉅亨網 (cnyes) item, printed `2019-07-19 17:06:54` (clock no
# figure). The page stores a digest line (`…已有93家台商通...`, cut off with `...`) before the full text, which repeats
# its start with spaces around the numbers: each occurrence counts (heldout10: a lead stored twice counts twice). The
# article is one stored paragraph that breaks off inside the 康舒科技 sentence: cut after the last complete sentence.
# `今(19)日` / `今 (19) 日` → the printed day.
# No zone (台中工业区, 高雄燕巢 are Taiwan industrial areas/places). Companies: 美律实业 (`美律` in the headline),
# 正隆公司 (`…公司` without 有限 → short, heldout9; `正隆` in the headline and `正隆纸业` are the same company),
# 康舒科技, and the customers NIKE and 苹果 (bare company names, short). `某不具名光学设备龙头大厂` is anonymised;
# 经济部投资台湾事务所 is a government office; cnyes is the source medium. Stock codes (`2439-TW` …) are furniture;
# `前 200 大供应商` is a rank. `4家` stands in the headline and the digest, `4 家` in the body.
PUBLISHED = "2019-07-19"
PUBLISHED_INFERRED = False
D0 = "2019-07-19"
TS = "经济部投资台湾事务所"
TK = dict(S=TS, K="other")
HK = dict(S="台商", K="other")
ML = "美律实业"
ZL = "正隆公司"
ARTICLES = [A("台商回台投资冲破4520亿元 美律、正隆等4家通过审查", None)]
ZONES = []
ENTERPRISES = [
    E(ML, ["美律"], kind="short"),
    E(ZL, ["正隆", "正隆纸业"], kind="short"),
    E("康舒科技", kind="short"),
    E("NIKE", kind="short"),
    E("苹果", kind="short"),
]
FIGURES = [
    F("4520亿元", 452000000000, "元", **HK, M="回台投资金额", P="2019-07"),
    F("4家", 4, "家", **TK, M="核准台商申请案", P=D0),
    F("4家", 4, "家", **TK, M="核准台商申请案", P=D0),
    F("超过82亿元", 8200000000, "元", **TK, M="投资", P=D0),
    F("93家", 93, "家", **HK, M="通过审查台商", P="2019-07"),
    F("4 家", 4, "家", **TK, M="核准台商申请案", P=D0),
    F("超过 82 亿元", 8200000000, "元", **TK, M="投资", P=D0),
    F("93 家", 93, "家", **HK, M="通过审查台商", P="2019-07"),
    F("4520 亿元", 452000000000, "元", **HK, M="投资金额", P="2019-07"),
    F("超过 4.2 万个", 42000, "个", **HK, M="带动本国就业机会", P=None, T=True),
    F("98%", 98, "%", S=ML, K="enterprise", M="产品集中中国生产", P=None),
    F("42%", 42, "%", S=ML, K="enterprise", M="产品销往美国", P=None),
    F("逾 22 亿元", 2200000000, "元", S=ML, K="enterprise", M="投资", P=None, T=True),
    F("553 个", 553, "个", S=ML, K="enterprise", M="就业机会", P=None, T=True),
    F("超过 20 亿元", 2000000000, "元", S=ZL, K="enterprise", M="斥资兴建新厂", P=None, T=True),
    F("35 人", 35, "人", S=ZL, K="enterprise", M="招募", P=None, T=True),
]
DATES = [D("2019-07-19", D0), D("今(19)日", D0, inferred=True), D("今 (19) 日", D0, inferred=True)]
EXCLUDE = ["17:06:54", "2439", "1904", "6282", "前 200 大"]
