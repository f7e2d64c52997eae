# ttnews.xyz (aggregator; a mainland county story auto-converted to Traditional script). No date line; the
# 疫情防控 closing (cut) and 2月21日 place it in Feb 2020 → published 2020-02, inferred. The headline is repeated
# as image alt lines; the page holds one article. 平邑經濟開發區 (provincial-level 經濟開發區) → zone, variants
# 經濟開發區 / 開發區 as printed. 源航科技中心 (a centre) and 產業園 → not enterprises/zones.
PUBLISHED = "2020-02"
PUBLISHED_INFERRED = True
PY = "平邑經濟開發區"
XC = "平邑新材料國際產業園"
SJ = "石晶無機地板項目"
MY = "鎂鋰合金裝備製造項目"
ARTICLES = [A("給力!經濟開發區部分重點項目集中開工", PY)]
ZONES = [Z(PY, [PY, "經濟開發區", "開發區"])]
ENTERPRISES = [
    E("山東魯傑建工集團", kind="group"),
    E("匯豐新材料有限公司"),
    E("北京共享易得智能技術發展有限公司"),
    E("山東蒙陽機械製造有限公司"),
    E("雙航新材料科技有限公司"),
]
def g(t, v, u, s, m, T=False, kind=None): return F(t, v, u, kind=kind, S=s, K="other", M=m, P=None, T=T)
FIGURES = [
    g("3000畝", 3000, "畝", XC, "總規劃"),
    g("2.3億元", 230000000, "元", SJ, "總投資"),
    g("114.5畝", 114.5, "畝", SJ, "佔地"),
    g("5億元", 500000000, "元", SJ, "年產值", T=True),
    g("2000萬元", 20000000, "元", SJ, "稅收", T=True),
    g("150個", 150, "個", SJ, "就業崗位", T=True),
    g("1.5億元", 150000000, "元", MY, "總投資"),
    g("100畝", 100, "畝", MY, "佔地"),
    g("7.3萬平米", 73000, "平米", MY, "建築面積"),
    g("5條", 5, "條", MY, "現代化生產線"),
    g("200餘臺套", 200, "臺套", MY, "生產及科研設備", kind="count"),
    g("5億元", 500000000, "元", MY, "年產值", T=True),
    g("7000萬元", 70000000, "元", MY, "利稅", T=True),
    g("120餘人", 120, "人", MY, "帶動就業", T=True),
]
DATES = [D("2月21日", "2020-02-21", inferred=True)]
