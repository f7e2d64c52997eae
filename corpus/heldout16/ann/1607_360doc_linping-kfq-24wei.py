# 360doc.com (personal-library repost of a WeChat article), printed `2022-01-27` after the uploader's name; `图片`
# placeholders and section numbers `01`–`03` kept (furniture). Whole as returned.
# Zone: 余杭经济技术开发区 (national 经开区; the page notes the zone is still so named after 临平 became a district),
# `临平开发区` and bare `开发区` are variants (heldout8); 国家级经开区/国家级开发区 is the class.
# Ranks are no figures: `第24位`, `24位`, `第42位`, `跃升了18位` (a move in rank), `第9`, `TOP10`, `前30名`.
# `2021年国家级经济技术开发区综合发展水平考核评价` (twice) is an evaluation round's name, no date (heldout8/9; the
# bare `2021年` of the output paragraph is one: count note 2021年 gold 1 / page 3); `2020年度` is a date.
# The uploader name `龙在飞op4opwes` is furniture. `775.28、112.91亿元`: two values sharing one unit; the first figure's text is the whole list (value 775.28亿元), the
# second `112.91亿元` (count note: it stands only inside the first's text). NEW (GUIDE's scale-word rule): thresholds
# and milestones written with a Chinese numeral and scale word are figures (`突破千亿元` → 1000亿元, `百亿元以上`
# → 100亿元 approx); `千亿级` is a size class; `亿元以上` (no numeral) is not.
# Companies (all short, listed or 专精特新): 中翰盛泰, 本松新材, 麦乐克, 春风动力 (twice), 豪悦护理, 东华链条, 运达风电,
# 福斯达, 迪谱诊断. Company counts are levels at the publication month (已拥有).
PUBLISHED = "2022-01-27"
PUBLISHED_INFERRED = False
YH = "余杭经济技术开发区"
ZK = dict(S=YH, K="zone")
GJ = dict(S="国家级经开区", K="other")
NOW = "2022-01"
ARTICLES = [A("厉害了!商务部公布最新排名,临平开发区跃升至全国第24位!", YH)]
ZONES = [Z(YH, [YH, "临平开发区", "开发区"])]
ENTERPRISES = [E(n, kind="short") for n in ["中翰盛泰", "本松新材", "麦乐克", "春风动力", "豪悦护理", "东华链条", "运达风电", "福斯达", "迪谱诊断"]]
FIGURES = [
    F("217家", 217, "家", **GJ, M="考核评价国家级经开区", P=None),
    F("217个", 217, "个", **GJ, M="国家级开发区", P=None),
    F("千亿元", 100000000000, "元", **ZK, M="规上工业总产值", P="2021"),
    F("1061.77亿元", 106177000000, "元", **ZK, M="规上工业总产值", P="2021"),
    F("23.2%", 23.2, "%", **ZK, M="规上工业总产值增长", P="2021", C=True),
    F("313.69亿元", 31369000000, "元", **ZK, M="规上工业增加值", P="2021"),
    F("16.8%", 16.8, "%", **ZK, M="规上工业增加值增长", P="2021", C=True),
    F("775.28、112.91亿元", 77528000000, "元", **ZK, M="装备制造业工业总产值", P="2021"),
    F("112.91亿元", 11291000000, "元", **ZK, M="生物医药工业总产值", P="2021"),
    F("27.3%", 27.3, "%", **ZK, M="装备制造业工业总产值增长", P="2021", C=True),
    F("20.1%", 20.1, "%", **ZK, M="生物医药工业总产值增长", P="2021", C=True),
    F("300多家", 300, "家", **ZK, M="规上工业企业", P=NOW),
    F("百亿元以上", 10000000000, "元", **ZK, M="企业产值门槛", P=None),
    F("2家", 2, "家", **ZK, M="产值百亿元以上企业", P=NOW),
    F("50亿元以上", 5000000000, "元", **ZK, M="企业产值门槛", P=None),
    F("4家", 4, "家", **ZK, M="产值50亿元以上企业", P=NOW),
    F("10亿元以上", 1000000000, "元", **ZK, M="企业产值门槛", P=None),
    F("21家", 21, "家", **ZK, M="产值10亿元以上企业", P=NOW),
    F("125家", 125, "家", **ZK, M="产值亿元以上企业", P=NOW),
    F("16家", 16, "家", **ZK, M="上市公司", P=NOW),
    F("5家", 5, "家", **ZK, M="入围省首台(套)公司", P=NOW),
]
DATES = [D("2022-01-27", "2022-01-27"), D("2020年度", "2020"), D("2021年", "2021")]
EXCLUDE = ["op4opwes", "第24位", "24位", "第42位", "18位", "第9", "TOP10", "前30名", "01", "02", "03", "2021年国家级经济技术开发区综合发展水平考核评价"]
