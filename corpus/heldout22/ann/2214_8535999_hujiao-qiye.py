# 8535999.com (content farm) carrying a synonym-spun copy of a 解放日报-style story (Simplified): words replaced by
# near-synonyms (`临盆`/`分娩`/`临蓐` for 生产, `客岁` for 去年, `胜过` for 超过, company suffix `制造` spun as `树立` and
# `创设`); the stored text broke off inside a quote (`“今年1月,…”上`), cut after the paragraph before.
# Printed `2023-02-10` → published; the counter `175` after it has no unit word: page furniture, EXCLUDE.
# Dates: `2022年`, `2023年`, `2021年12月`, `2022年11月底` → 2022-11, `今年6月` → 2023-06 (inferred), `一季度` → 2023-01..03
# (inferred, heldout16's 1618); `今年年初` (年初) and `春节假期` no dates. Not figures: the platform version `4.0`, the
# duration `3年内`, the phase ordinal `1期` (EXCLUDE). `胜过95%`: approx set by hand (spun `超过`).
# Zone: none by GUIDE's letter — `上海湾区高新技艺资产区` is the spun form of a high-tech zone's name and carries no
# zone word (`…高新区`, `…开发区`); `上海湾区科创重点` neither. Companies: 上海宏晨家庭用品有限公司; the pump maker
# stored twice with different spun suffixes, `上海上源泵业树立有限公司` and `上海上源泵业创设有限公司` (one registered entry,
# the second a variant).
PUBLISHED = "2023-02-10"
PUBLISHED_INFERRED = False
HC = "上海宏晨家庭用品有限公司"
EK = dict(S=HC, K="enterprise")
ARTICLES = [A("沪郊企业临盆线马力全开 有企业订单已同比填充", None)]
ZONES = []
ENTERPRISES = [E(HC), E("上海上源泵业树立有限公司", ["上海上源泵业创设有限公司"])]
FIGURES = [
    F("胜过95%", 95, "%", approx=True, **EK, M="员工返岗率", P="2023-02"),
    F("20%", 20, "%", **EK, M="年初订单同比增加", P="2023", C=True),
    F("2000万元", 20000000, "元", **EK, M="线下订单", P="2023"),
    F("6000万元", 60000000, "元", **EK, M="直播销售目标", P="2023", T=True),
    F("7栋", 7, "栋", kind="count", S="上海湾区中科生态数字港项目", K="other", M="结构封顶建筑", P="2022-11"),
]
DATES = [D("2023-02-10", "2023-02-10"), D("一季度", "2023-01", "2023-03", inferred=True), D("2022年", "2022"),
         D("2023年", "2023"), D("2021年12月", "2021-12"), D("2022年11月底", "2022-11"),
         D("今年6月", "2023-06", inferred=True)]
EXCLUDE = ["175", "4.0", "3年内", "1期"]
