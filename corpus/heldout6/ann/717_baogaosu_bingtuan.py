# wulumuqi.baogaosu.com copy (source label 科技信息服务), date line `18.09.2015 12:17` printed twice (both dates,
# heldout4: date lines in any format). Cut after the second date line (two stray characters follow).
# 中国新建集团公司: …公司 without 有限 → short. 香港招商新能源集团 → group named without the place prefix
# (heldout4's 联熹水务集团), printed form as variant. 兵团国资委 is a government body. `投资金额亿元人民币`
# (no numeral on the page) is no figure; `超过百亿元` is (10^10, approx); `两个师` a small Chinese count.
PUBLISHED = "2015-09-18"
PUBLISHED_INFERRED = False
BT = "兵团"
D16 = "2015-09-16"
ARTICLES = [A("绿博会签约逾1300亿元 刘新齐出席签约仪式", None)]
ZONES = []
ENTERPRISES = [E("中国新建集团公司", kind="short"), E("招商新能源集团", ["香港招商新能源集团"], kind="group")]
FIGURES = [
    F("逾1300亿元", 130000000000, "元", S="绿博会", K="other", M="签约", P=D16),
    F("25个", 25, "个", S=BT, K="other", M="签约各类项目", P=D16),
    F("451亿元", 45100000000, "元", S=BT, K="other", M="投资项目签约金额", P=D16),
    F("850亿元", 85000000000, "元", S=BT, K="other", M="战略框架合作项目签约金额", P=D16),
    F("超过百亿元", 10000000000, "元", S=BT, K="other", M="师签约金额", P=D16),
    F("321亿元", 32100000000, "元", S="六师", K="other", M="签约总金额", P=D16),
    F("205亿元", 20500000000, "元", S="六师", K="other", M="投资项目签约金额", P=D16),
    F("150亿元", 15000000000, "元", S="八师", K="other", M="签约总金额", P=D16),
]
DATES = [D("18.09.2015", "2015-09-18"), D("9月16日", D16, inferred=True), D("18.09.2015", "2015-09-18")]
