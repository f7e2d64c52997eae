# finet.hk (財華網, Hong Kong financial portal, Simplified), search-box furniture (`请输入关键字:`, `热门搜寻:`), label
# `原創`, printed `日期:2021年9月14日 上午10:41` (clock no figure). Cut after the last paragraph (the `港交所原文` link,
# copyright notice, site links and related-articles list dropped).
# No GUIDE zone (`工业园区` unnamed, 清城土地 a land parcel). Enterprises: 中星集团控股 (short, the listed issuer; stock
# code `00055.HK` excluded, twice), 中大印刷(清远)有限公司 (registered; `中大清远` the short form it is given in the
# headline and text, a variant), 清远市建明建筑工程有限公司 (registered, `承建商`). 财华社 media. `三至四期` (no scale
# word) and `第二期` (ordinal) no figures. `约为…` amounts approx. `2022年9月15日前` → 2022-09-15 (target date).
PUBLISHED = "2021-09-14"
PUBLISHED_INFERRED = False
ZD = dict(S="中大印刷(清远)有限公司", K="enterprise")
QC = dict(S="清城土地", K="other")
ARTICLES = [A("中星集团控股(00055.HK):中大清远斥资约2.34亿港元就清城土地提供第二期施工", None)]
ZONES = []
ENTERPRISES = [
    E("中星集团控股", kind="short"),
    E("中大印刷(清远)有限公司", ["中大清远"]),
    E("清远市建明建筑工程有限公司"),
]
FIGURES = [
    F("约2.34亿港元", 234000000, "港元", **ZD, M="第二期施工总合同价格", P=None),
    F("约为人民币1.948亿元", 194800000, "元", **ZD, M="总合同价格", P=None),
    F("约2.34亿港元", 234000000, "港元", **ZD, M="总合同价格", P=None),
    F("约为20.8万平方米", 208000, "平方米", **QC, M="总占地面积", P=None),
    F("约为41.6万平方米", 416000, "平方米", **QC, M="工业园区总建筑面积", P=None, T=True),
    F("19座", 19, "座", **QC, M="第二期开发工业大厦", P=None, T=True),
    F("约为11.7万平方米", 117000, "平方米", **QC, M="第二期工业大厦总建筑面积", P=None, T=True),
]
DATES = [D("2021年9月14日", "2021-09-14"), D("2021年9月13日", "2021-09-13"), D("2022年9月15日", "2022-09-15")]
EXCLUDE = ["10:41", "00055"]
