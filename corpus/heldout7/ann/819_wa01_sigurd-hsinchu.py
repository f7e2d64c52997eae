# cn.wa01.com (simplified copy of a Taiwan story on the 投资台湾三大方案 review). No date printed and the text
# gives none (`截至目前`): published null, no dated mentions. 竹科/新竹科学园区 and 台中工业区 are Taiwan parks, not
# zones. Companies: 矽格联测 (variant 矽格 in the headline), 争鲜公司 (…公司 without 有限 → short), 豪绅纤维科技,
# 成运汽车制造, 至信实业, 鹿港电器 (short); 争鲜回转寿司/定食8 are brands. Taiwan 兆 = 10^12 and mixed forms resolved
# in full (heldout5): `1兆3587亿元`, `11万5011个`. `5G`, `定食8` (brand), `一、二厂` are not figures.
PUBLISHED = None
PUBLISHED_INFERRED = True
SG = "矽格联测"
ZX = "争鲜公司"
FA = "投资台湾三大方案"
GL = "根留台湾企业加速投资行动方案"
ZXQ = "中小企业加速投资行动方案"
ARTICLES = [A("斥资29亿元 矽格在竹科扩充智慧", None)]
ZONES = []
ENTERPRISES = [E(SG, ["矽格"], kind="short"), E(ZX, kind="short"), E("豪绅纤维科技", kind="short"),
               E("成运汽车制造", kind="short"), E("至信实业", kind="short"), E("鹿港电器", kind="short")]
FIGURES = [
    F("29亿元", 2900000000, "元", S=SG, K="enterprise", M="斥资", P=None, T=True),
    F("1015家", 1015, "家", S=FA, K="other", M="吸引企业", P=None),
    F("超过1兆3587亿元", 1358700000000, "元", S=FA, K="other", M="投资", P=None),
    F("11万5011个", 115011, "个", S=FA, K="other", M="本国就业机会", P=None, T=True),
    F("117家", 117, "家", S=GL, K="other", M="根留企业", P=None),
    F("约2193亿元", 219300000000, "元", S=GL, K="other", M="投资", P=None),
    F("1万6155个", 16155, "个", S=GL, K="other", M="就业机会", P=None),
    F("672家", 672, "家", S=ZXQ, K="other", M="中小企业", P=None),
    F("约2832亿元", 283200000000, "元", S=ZXQ, K="other", M="投资", P=None),
    F("2万6056个", 26056, "个", S=ZXQ, K="other", M="本国就业机会", P=None),
    F("52家", 52, "家", S=FA, K="other", M="排队待审企业", P=None),
    F("29亿元", 2900000000, "元", S=SG, K="enterprise", M="斥资", P=None, T=True),
    F("182个", 182, "个", S=SG, K="enterprise", M="就业机会", P=None, T=True),
    F("约15亿元", 1500000000, "元", S=ZX, K="enterprise", M="投入", P=None, T=True),
]
DATES = []
EXCLUDE = ["5G", "定食8"]
