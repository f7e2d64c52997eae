# japandaiwa.com (content farm) copy, in Traditional script with glued pinyin readings, of a 每日經濟新聞 (每經網,
# `公告速遞` column) stock-news item; the first line is an adult-spam tag string (kept as stored), crumbs kept. The
# stored text breaks off in the project paragraph (`…光熱發電項(`): cut after the paragraph before. Published
# 2010-09-15 as printed (clock `02:39:16` no figure); `9月10日`, `9月13日`, `今年7月`, `8月底` take 2010.
# Zone: 鎮江經開區, printed with glued readings `鎮(zhèn)江經(jīng)開區(qū)` (variant as stored; canonical without
# readings), primary. Companies: 大港股份 (short; listed, stock code `002077` no figure); 中節能太陽能科技公司
# (`…公司` without 有限 → short, heldout16); 中節能太陽能科技(鎮江)有限公司 (registered; `(下稱中節能鎮江)` a variant),
# all as stored with readings. The quoted project name `中節能(鎮江)太陽能產業基地項目` and the media are no companies.
# `投資50億` (title): no unit printed → "". Agreed/planned amounts (共同投資, 擬定, 擬出資) → target.
PUBLISHED = "2010-09-15"
PUBLISHED_INFERRED = False
ZJ = "鎮江經開區"
DG = dict(S="大港股份", K="enterprise")
ZJN = "中節(jié)能太陽能科技(鎮(zhèn)江)有限公司"
ARTICLES = [A("投資50億光伏項(xiàng)目 大港股份今才承認(rèn)", ZJ)]
ZONES = [Z(ZJ, ["鎮(zhèn)江經(jīng)開區(qū)"])]
ENTERPRISES = [E("大港股份", kind="short"), E("中節(jié)能太陽能科技公司", kind="short"),
               E(ZJN, ["中節(jié)能鎮(zhèn)江"])]
FIGURES = [
    F("50億", 5000000000, "", **DG, M="光伏項目投資", T=True),
    F("10.02元", 10.02, "元", **DG, M="前收盤價"),
    F("50億元", 5000000000, "元", **DG, M="共同投資太陽能光伏產業基地", T=True),
    F("1.3億元", 130000000, "元", S=ZJN, K="enterprise", M="首期注冊資本", T=True),
    F("1950萬元", 19500000, "元", **DG, M="擬出資", T=True),
    F("15%", 15, "%", **DG, M="占合資公司股權比例", T=True),
]
DATES = [D("2010-09-15", "2010-09-15"), D("9月10日", "2010-09-10", inferred=True), D("9月13日", "2010-09-13", inferred=True),
         D("今年7月", "2010-07", inferred=True), D("8月底", "2010-08", inferred=True)]
EXCLUDE = ["02:39:16", "002077"]
