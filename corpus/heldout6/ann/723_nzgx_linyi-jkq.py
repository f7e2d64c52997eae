# nzgx.org (中国农资供销网, trade portal) repost of a news story, printed `时间:2011-04-02 11:43:44`; the portal's
# navigation lines are kept; cut after the byline `( 王继高)` (footer link lists follow). 山东临沂经济开发区 upgraded
# and renamed 临沂经济技术开发区: one zone (named in full only → full canonical, heldout4), both printed forms as
# variants. 国家级经济技术开发区 is a category; bare `开发区` in generic uses (全省开发区前列) is not a variant.
# `5.2倍`, `21倍` ratios; `五大产业` a small Chinese count.
PUBLISHED = "2011-04-02"
PUBLISHED_INFERRED = False
LY = "临沂经济技术开发区"
ARTICLES = [A("山东再添国家级经济技术开发区", LY)]
ZONES = [Z(LY, ["山东临沂经济开发区", LY])]
ENTERPRISES = []
FIGURES = [
    F("8家", 8, "家", S="山东省", K="other", M="国家级经济技术开发区", P=None),
    F("420亿元", 42000000000, "元", S=LY, K="zone", M="业务总收入", P="2010"),
    F("5.2倍", 5.2, "倍", S=LY, K="zone", M="业务总收入", P="2010"),
    F("38%", 38, "%", S=LY, K="zone", M="业务总收入年均增长", P=("2005", "2010"), C=True),
    F("15亿元", 1500000000, "元", S=LY, K="zone", M="财政收入", P="2010"),
    F("21倍", 21, "倍", S=LY, K="zone", M="财政收入", P="2010"),
    F("86%", 86, "%", S=LY, K="zone", M="财政收入年均增长", P=("2005", "2010"), C=True),
    F("47.5%", 47.5, "%", S=LY, K="zone", M="高新技术企业产值占规模以上工业总产值的比重", P="2010"),
    F("12个百分点", 12, "个百分点", S=LY, K="zone", M="高新技术企业产值占规模以上工业总产值的比重", P="2010", C=True),
    F("190家", 190, "家", S=LY, K="zone", M="规模以上工商贸企业", P=None),
    F("160亿元", 16000000000, "元", S=LY, K="zone", M="实际利用市外资金", P=None),
    F("5.1亿美元", 510000000, "美元", S=LY, K="zone", M="实际到位外资", P=None),
]
DATES = [
    D("2011-04-02", "2011-04-02"),
    D("2010年", "2010"),
    D("2005年", "2005"),
    D("2005年", "2005"),
    D("2010年", "2010"),
    D("2005年", "2005"),
]
