# haochake.cn copy of a 海南日報 (provincial paper) photo story in Traditional with pinyin readings glued into words
# (`國(guó)`), kept as stored; the store also garbled `海口` into `?趪` in the captions and body. Printed
# `2022年05月31日 07:18` (clock no figure). Whole as returned. Zone: canonical 海口高新區 (國家 dropped, page's script),
# variants the printed forms: `海口國(guó)家高新區(qū)` (headline) and the garbled `?趪(guó)家高新區(qū)` (captions, body).
# Captions count (their dates are dates). `1991年` (founding) is a date; `第一批` an ordinal. Companies:
# 齊魯制藥(海南)有限公司 (registered, twice), 中國電信, 艾昆瑋, 華熙生物 (short), 大唐集團 (group), each as printed.
# `《海南自由貿易港建設總體方案》發布以來` gives no calendar time: its counts have period null.
PUBLISHED = "2022-05-31"
PUBLISHED_INFERRED = False
HK = "海口高新區"
Zd = dict(S=HK, K="zone")
ARTICLES = [A("海口國(guó)家高新區(qū):名企云集氣象新", HK)]
ZONES = [Z(HK, ["海口國(guó)家高新區(qū)", "?趪(guó)家高新區(qū)"])]
ENTERPRISES = [
    E("齊魯制藥(海南)有限公司"),
    E("中國(guó)電信", kind="short"),
    E("大唐集團(tuán)", kind="group"),
    E("艾昆瑋", kind="short"),
    E("華熙生物", kind="short"),
]
FIGURES = [
    F("73.9億元", 7390000000, "元", **Zd, M="固定資產投資", P="2021"),
    F("36.3%", 36.3, "%", **Zd, M="固定資產投資", P="2021", C=True),
    F("62.31億元", 6231000000, "元", **Zd, M="稅收", P="2021"),
    F("31%", 31, "%", **Zd, M="稅收", P="2021", C=True),
    F("85個(gè)", 85, "個", kind="count", **Zd, M="新簽約項目", P=None),
    F("151億元", 15100000000, "元", **Zd, M="簽約項目投資總額", P=None),
    F("111個(gè)", 111, "個", kind="count", **Zd, M="新開工項目", P=None),
    F("181.3億元", 18130000000, "元", **Zd, M="開工項目總投資", P=None),
    F("超2000畝", 2000, "畝", **Zd, M="供應土地", P=None),
]
DATES = [
    D("2022年05月31日", "2022-05-31"),
    D("5月30日", "2022-05-30", inferred=True),
    D("5月28日", "2022-05-28", inferred=True),
    D("5月30日", "2022-05-30", inferred=True),
    D("1991年", "1991"),
    D("2021年", "2021"),
]
EXCLUDE = ["07:18"]
