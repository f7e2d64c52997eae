# aftabkazi.com (content-farm copy of a 人民網 黑龍江 item, URL path `n2/2021/1026/c220027-…`), Traditional with glued
# readings (`中國(guó)鐵建`, `新區(qū)`); breaks off in the 500強 paragraph: cut after `…納稅超10億元。`. No printed date:
# published from the URL path (2021-10-26, inferred); `25日` → 2021-10-25 (inferred).
# Zone: 哈爾濱新區 (…新區, primary), stored with its reading glued after 區; variants the stored name and the bare
# `新區`. 哈爾濱新區管理委員會 is a government body. Companies, names kept with their readings as stored:
# 中國(guó)鐵建股份有限公司 (registered, `中國(guó)鐵建` its variant), 中鐵建黑龍江投資建設(shè)有限公司 and
# 中鐵二十二局集團(tuán)第一工程有限公司 (registered). 鐵道兵紀念館 is a museum. `超過(guò)1000億元`: the marker split by
# a reading (approx). 2025 figures (`預計到2025年`) are targets.
PUBLISHED = "2021-10-26"
PUBLISHED_INFERRED = True
HB = "哈爾濱新區"
CR = "中國(guó)鐵建股份有限公司"
BASE = "中國(guó)鐵建黑龍江總部基地"
ARTICLES = [A("中國(guó)鐵建黑龍江總部基地啟動(dòng)建設(shè)", HB)]
ZONES = [Z(HB, [HB, "新區"])]
ENTERPRISES = [E(CR, ["中國(guó)鐵建"]), E("中鐵建黑龍江投資建設(shè)有限公司"),
               E("中鐵二十二局集團(tuán)第一工程有限公司")]
DAY, EK = "2021-10-25", "enterprise"
FIGURES = [
    F("10家", 10, "家", S=HB, K="zone", M="簽署入區協議企業", P=DAY),
    F("50億元", 5000000000, "元", S=CR, K=EK, M="投資", P=DAY),
    F("18.79萬平方米", 187900, "平方米", S=BASE, K="other", M="占地面積", P=DAY),
    F("48.43萬平方米", 484300, "平方米", S=BASE, K="other", M="建筑面積", P=DAY),
    F("超過(guò)1000億元", 100000000000, "元", S=CR, K=EK, M="在黑龍江省完成產值", P="2025", T=True),
    F("50余家", 50, "家", S=CR, K=EK, M="引入實體公司", P="2025", T=True),
    F("5000名以上", 5000, "名", S=CR, K=EK, M="高端人才進駐新區", P="2025", T=True),
    F("20000多個", 20000, "個", S=CR, K=EK, M="就業崗位", P="2025", T=True),
    F("超10億元", 1000000000, "元", S=CR, K=EK, M="納稅", P="2025", T=True),
]
DATES = [D("25日", "2021-10-25", inferred=True), D("2025年", "2025")]
EXCLUDE = []
