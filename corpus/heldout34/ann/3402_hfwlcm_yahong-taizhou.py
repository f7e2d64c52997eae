# hfwlcm.com (aggregator) copy of a 交汇点 (新华日报) item; `快捷搜索:` before the headline, `来源:` line kept; the text
# breaks off in the 韩潮 paragraph: cut after the one before. No printed date: the listing day `1月7日` with
# `刚刚过去的2021年` → published 2022-01 (inferred). `1月`/`8月`/`9月` (twice) in the 2021 review sentence → 2021.
# Zone: 泰州医药高新区 (national high-tech zone; `医药高新区` twice as variant); `(高港区)` is a district, `中国医药城`
# the zone's brand, not a GUIDE zone form: no entries. Companies: 江苏亚虹医药科技股份有限公司 (registered, `亚虹医药` its
# short form), 金迪克, 默乐生物, 柯普尼, 康为世纪, 荃信生物 (short). Not enterprises: the exchanges (上交所, 上海证券交易所),
# 江苏证监局, 美国证券委员会 (regulators). `十余年` (years) and `III 期` (phase) are no figures; spaced `9 个`, `3 项` kept.
PUBLISHED = "2022-01"
PUBLISHED_INFERRED = True
TZ = "泰州医药高新区"
YH = "江苏亚虹医药科技股份有限公司"
ZK = dict(S=TZ, K="zone")
YK = dict(S=YH, K="enterprise")
ARTICLES = [A("“泌尿生殖肿瘤第一股”“云敲锣”正式上市,上交所科创板迎来今年首家医药上市企业", TZ)]
ZONES = [Z(TZ, [TZ, "医药高新区"])]
ENTERPRISES = [E(YH, ["亚虹医药"]), E("金迪克", kind="short"), E("默乐生物", kind="short"), E("柯普尼", kind="short"),
               E("康为世纪", kind="short"), E("荃信生物", kind="short")]
FIGURES = [
    F("5家", 5, "家", **ZK, M="累计上市医药类企业总数", P="2022-01"),
    F("9 个", 9, "个", **YK, M="研发产品", P="2022-01"),
    F("2个", 2, "个", **YK, M="创新产品", P="2022-01"),
    F("3 项", 3, "项", **YK, M="研究", P="2022-01"),
    F("11000.00万股", 110000000, "股", **YK, M="发行股份数量", P="2022-01"),
    F("19.30%", 19.3, "%", **YK, M="占发行后公司总股本的比例", P="2022-01"),
    F("22.98元/股", 22.98, "元/股", **YK, M="发行价", P="2022-01"),
    F("25.28亿元", 2528000000, "元", **YK, M="募资总额", P="2022-01"),
    F("3家", 3, "家", **ZK, M="获批上市药企", P="2021"),
    F("4家", 4, "家", **ZK, M="已进入上市进程的企业", P="2022-01"),
    F("4家", 4, "家", **ZK, M="拟股改的企业", P="2022-01"),
    F("10家", 10, "家", **ZK, M="拟上市企业", P="2022-01"),
]
DATES = [D("1月7日", "2022-01-07", inferred=True), D("2010年", "2010"), D("2021年", "2021"),
         D("1月", "2021-01", inferred=True), D("8月", "2021-08", inferred=True), D("9月", "2021-09", inferred=True),
         D("9月", "2021-09", inferred=True)]
EXCLUDE = []
