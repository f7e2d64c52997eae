# twwtn.com (科技世界网, industry media) copy of a 科技部火炬中心 item: headline, date/source line (clock no figure),
# the site's `内容摘要` lead (its `5家` counts again). The stored text runs into the site's reprint note glued to the
# last paragraph (`(如需转载,请注明来源自科技世界网`, broken off): cut before the note, after the paragraph's last
# sentence. Published 2016-05-10 (printed).
# Zone: 厦门火炬高新区 (primary; also bare `高新区` in `高新区管委会`). Companies: the five winners, all registered
# (乾照光电股份有限公司, 未名生物医药有限公司, 盈趣科技股份有限公司, 国网信通亿力科技有限责任公司 — `…有限责任公司`,
# 美亚中敏电子科技有限公司). The list year `2016年度省级…高成长企业` (twice) is part of a list name: no date
# (heldout16's `2023年度中国民营企业500强`); the list's figures take 2016 as their period all the same.
# Figures: `5家` four times, `12家`, `超百亿元` (threshold with a scale word, approx), `100多家`; `亿元以上` is no figure.
PUBLISHED = "2016-05-10"
PUBLISHED_INFERRED = False
XM = "厦门火炬高新区"
ZK = dict(S=XM, K="zone")
ARTICLES = [A("厦门火炬高新区5家公司上榜高成长企业", XM)]
ZONES = [Z(XM, ["厦门火炬高新区", "高新区"])]
ENTERPRISES = [E("乾照光电股份有限公司"), E("未名生物医药有限公司"), E("盈趣科技股份有限公司"),
               E("国网信通亿力科技有限责任公司"), E("美亚中敏电子科技有限公司")]
FIGURES = [
    F("5家", 5, "家", **ZK, M="上榜高成长企业", P="2016"),
    F("5家", 5, "家", **ZK, M="荣获省级工业和信息化高成长企业", P="2016"),
    F("12家", 12, "家", S="厦门市", K="other", M="上榜企业", P="2016"),
    F("5家", 5, "家", **ZK, M="上榜企业", P="2016"),
    F("5家", 5, "家", **ZK, M="年产值超百亿元企业", P="2016-05"),
    F("超百亿元", 10000000000, "元", **ZK, M="企业年产值", P="2016-05"),
    F("100多家", 100, "家", **ZK, M="亿元以上企业", P="2016-05"),
]
DATES = [D("2016-05-10", "2016-05-10")]
EXCLUDE = ["15:23:00", "2016年度"]
