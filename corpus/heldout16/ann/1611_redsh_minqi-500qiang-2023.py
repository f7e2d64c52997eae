# redsh.com (红商网, retail-trade portal, `好公司频道`), crumbs kept; no printed date. The list announced `9月12日`
# with `2023年` the year of the survey → `9月12日` 2023-09-12 (inferred), published `2023-09` (inferred). The stored
# text breaks off in the `一、经营情况` paragraph (the table itself is not stored): cut after the last complete one.
# `2023年度中国民营企业500强排行榜` (headline and the list line) and `2023中国民营企业500强` are list names: no date;
# `500强`/`100强` inside names are no figures; `第25次` ordinal. `2023年是…第25次…调研` is a date.
# Companies: 京东集团 (group, twice), 阿里巴巴(中国)有限公司 (registered), 恒力集团有限公司 (registered, twice).
# Thresholds with numerals are figures (`5亿元以上`, `超3000亿元`, `超过5000亿元` twice); `超过千亿元规模` → 1000亿元
# approx (NEW, as 1607). The list's amounts have no stated period (null); 京东集团's revenue likewise.
PUBLISHED = "2023-09"
PUBLISHED_INFERRED = True
MQ = dict(S="民营企业500强", K="other")
ZZ = dict(S="制造业民营企业500强", K="other")
FW = dict(S="服务业民营企业100强", K="other")
ARTICLES = [A("2023年度中国民营企业500强排行榜完整名单", None)]
ZONES = []
ENTERPRISES = [E("京东集团", kind="group"), E("阿里巴巴(中国)有限公司"), E("恒力集团有限公司")]
def thresholds():
    return [
        F("275.78亿元", 27578000000, "元", **MQ, M="入围门槛", P=None),
        F("12.11亿元", 1211000000, "元", **MQ, M="入围门槛增加", P=None, C=True),
        F("145.16亿元", 14516000000, "元", **ZZ, M="入围门槛", P=None),
        F("19.44亿元", 1944000000, "元", **ZZ, M="入围门槛增加", P=None, C=True),
        F("314.04亿元", 31404000000, "元", **FW, M="入围门槛", P=None),
        F("12.89亿元", 1289000000, "元", **FW, M="入围门槛增加", P=None, C=True),
    ]
FIGURES = thresholds() + [
    F("39.83万亿元", 39830000000000, "元", **MQ, M="营业收入总额", P=None),
    F("3.94%", 3.94, "%", **MQ, M="营业收入总额增长", P=None, C=True),
    F("46.31万亿元", 46310000000000, "元", **MQ, M="资产总额", P=None),
    F("11.21%", 11.21, "%", **MQ, M="资产总额增长", P=None, C=True),
    F("1.25万亿元", 1250000000000, "元", **MQ, M="纳税总额", P=None),
    F("7.51%", 7.51, "%", **MQ, M="占全国税收总额", P=None),
    F("1097.21万人", 10972100, "人", **MQ, M="就业总数", P=None),
    F("1.50%", 1.5, "%", **MQ, M="占全国就业人员", P=None),
    F("8961家", 8961, "家", S="上规模民营企业调研", K="other", M="参加企业", P="2023"),
    F("5亿元以上", 500000000, "元", S="上规模民营企业调研", K="other", M="年营业收入门槛", P=None),
] + thresholds() + [
    F("17家", 17, "家", **MQ, M="营业收入超3000亿元企业", P=None),
    F("超3000亿元", 300000000000, "元", **MQ, M="营业收入门槛", P=None),
    F("8家", 8, "家", **MQ, M="营业收入超过5000亿元企业", P=None),
    F("超过5000亿元", 500000000000, "元", **MQ, M="营业收入门槛", P=None),
    F("10462.36亿元", 1046236000000, "元", S="京东集团", K="enterprise", M="营业收入", P=None),
    F("超过千亿元", 100000000000, "元", **MQ, M="资产总额门槛", P=None),
    F("86家", 86, "家", **MQ, M="资产总额超过千亿元企业", P=None),
    F("11家", 11, "家", **MQ, M="资产总额超过5000亿元企业", P=None),
    F("超过5000亿元", 500000000000, "元", **MQ, M="资产总额门槛", P=None),
    F("28家", 28, "家", **MQ, M="入围世界500强", P=None),
]
DATES = [D("9月12日", "2023-09-12", inferred=True), D("2023年", "2023")]
EXCLUDE = ["2023年度中国民营企业500强", "2023中国民营企业500强", "500强", "100强", "第25次"]
