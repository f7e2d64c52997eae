# hit008.com (content farm) copy of a 河源 city-paper item (`本報訊`) converted to Traditional script. No printed
# date: the 2023 annual evaluation's results (`省2023年度…考核結果出爐`) and `今年上半年投入` (already spent) place
# the page in 2024 → published `2024` (inferred). The stored text breaks off in the 紫金產業園 paragraph: cut after
# the 深圳福田(和平) one. `2023年度` stands three times inside the name of the evaluation round
# (`2023年度園區高質量發展考核`): no date (heldout16's evaluation-round call). `2023年以來`, `2021年以來` (a year with a
# calendar value, unlike 今年以來) and `2023年,` are dates; `今年上半年` → 2024-01..2024-06 (year inferred).
# No zone: 產業園 are parks (GUIDE). Companies: 中興通訊, 農夫山泉, 華潤怡寶 (short); 朗軒眼鏡, 瑞祥科技 head project
# names (heldout10: short entries). `百千萬工程`, `兩個和平`, `三大主導產業` no figures.
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
HY = dict(S="河源市", K="other", P="2023")
FT = "深圳福田(和平)產業園"
ARTICLES = [A("省2023年度園區高質量發展考核結果出爐 我市4個產業園區獲評優秀", None)]
ZONES = []
ENTERPRISES = [E("中興通訊", kind="short"), E("農夫山泉", kind="short"), E("華潤怡寶", kind="short"),
               E("朗軒眼鏡", kind="short"), E("瑞祥科技", kind="short")]
FIGURES = [
    F("4個", 4, "個", **HY, M="獲評優秀產業園區"),
    F("4個", 4, "個", **HY, M="獲評優秀產業園區"),
    F("45.5%", 45.5, "%", S="省產業園", K="other", M="粵東粵西粵北地區工業產出占比", P="2023"),
    F("30個", 30, "個", S="省產業園", K="other", M="獲優秀等次", P="2023"),
    F("12個", 12, "個", S="粵北地區", K="other", M="獲優秀等次", P="2023"),
    F("21家", 21, "家", S="深圳(河源)產業園", K="other", M="引進企業"),
    F("2億元", 200000000, "元", S="深圳市", K="other", M="市級對口幫扶協作專項資金", P="2023"),
    F("6000萬元", 60000000, "元", S=FT, K="other", M="地方專項債資金", P=("2021", "2024")),
    F("1000畝", 1000, "畝", S=FT, K="other", M="北擴工程征地", P=("2021", "2024")),
    F("約3億元", 300000000, "元", S=FT, K="other", M="園區基建資金", P=("2024-01", "2024-06")),
]
DATES = [D("2023年以來", "2023"), D("2023年", "2023"), D("2021年以來", "2021"),
         D("今年上半年", "2024-01", "2024-06", inferred=True)]
EXCLUDE = ["2023年度"]
