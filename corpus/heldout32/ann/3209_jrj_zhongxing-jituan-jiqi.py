# jrj.com.cn (金融界, financial portal, HK stocks channel) copy of a 格隆汇 item on a Hong Kong listed company's purchase.
# Headline with stock code (kept, heldout10/16); the `责任编辑:Robot RF13015` line kept (its code excluded), the app/
# widget links after it cut. No printed page date: `12月5日` takes the year of the body's `2019年12月5日` (inferred);
# published 2019-12-05 (inferred). Stock code `00055` (twice) excluded.
# Enterprises: 中星集团控股 (the listed short name; `…集团控股` is not a `…集团` name → short; `集团`/`公司` references are
# it), 中大印刷(国际)有限公司 and 海德堡香港有限公司 (registered). No zone (深圳/东莞 cities).
# Facts: the headline's `拟斥资` amount is the listed company's planned spend (target); the concluded contract's price
# (`168万欧元`, `约1456.8万港元`) is the buying subsidiary's, a level on the contract day.
PUBLISHED = "2019-12-05"
PUBLISHED_INFERRED = True
ZX = "中星集团控股"
ZD = "中大印刷(国际)有限公司"
ARTICLES = [A("中星集团控股(00055.HK)拟斥资1456.8万港元购置机器进一步提升生产效率", None)]
ZONES = []
ENTERPRISES = [E(ZX, kind="short"), E(ZD), E("海德堡香港有限公司")]
FIGURES = [
    F("1456.8万港元", 14568000, "港元", S=ZX, K="enterprise", M="购置机器斥资", P="2019-12-05", T=True),
    F("168万欧元", 1680000, "欧元", S=ZD, K="enterprise", M="平张纸胶印机总合同价格", P="2019-12-05"),
    F("约1456.8万港元", 14568000, "港元", S=ZD, K="enterprise", M="平张纸胶印机总合同价格", P="2019-12-05"),
]
DATES = [D("12月5日", "2019-12-05", inferred=True), D("2019年12月5日", "2019-12-05")]
EXCLUDE = ["00055", "RF13015"]
