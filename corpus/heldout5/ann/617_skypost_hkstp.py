# skypost.hk (晴報/港生活), Traditional; date printed. 科學園 (Hong Kong Science Park) is not a GUIDE zone form.
# `2成`/`3成` → 20/30 % (heldout3's X成 convention). Bare 去年 / 昨 are not dates. 近2,000億元 (HK dollars, unit as printed 元).
PUBLISHED = "2023-06-19"
PUBLISHED_INFERRED = False
SP = "科學園"
HK = "港府"
P = ("2022-06", "2023-05")
ARTICLES = [A("去年320家企業進駐科學園 2成來自內地海外", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("320家", 320, "家", S=SP, K="other", M="進駐企業", P="2022"),
    F("2成", 20, "%", S=SP, K="other", M="來自內地海外企業佔比", P="2022"),
    F("近2,000億元", 200000000000, "元", S=HK, K="other", M="投入支持創科發展", P=("2015", "2023")),
    F("約7.8億元", 780000000, "元", S=SP, K="other", M="科技企業籌募資金", P=P),
    F("320家", 320, "家", S=SP, K="other", M="進駐企業", P=P),
    F("3成", 30, "%", S=SP, K="other", M="進駐企業", P=P, C=True),
    F("2成", 20, "%", S=SP, K="other", M="來自內地或海外地區企業佔比", P=P),
    F("逾430家", 430, "家", S=SP, K="other", M="培育計劃初創畢業", P=P),
    F("逾150間", 150, "間", S="引進重點企業辦公室", K="other", M="會面企業", P=None),
]
DATES = [D("2023/06/19", "2023-06-19"), D("2015年", "2015")]
