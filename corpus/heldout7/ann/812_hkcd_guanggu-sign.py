# hkcd.com (香港商報網), Hong Kong paper's 湖北 channel, Traditional body (simplified site furniture), printed
# 2019-11-13. Cut before `网友评论`. Zone 東湖高新區 → canonical 武漢東湖高新區 (GUIDE keeps the district name;
# script kept), bare `光谷` used for it as a variant (heldout3/4). 東湖綜保區 (bonded zone) is not a zone (heldout4).
# Companies named at the head of project names (heldout5/6): 烽火光通信, 聯易融 (short). `第16屆` ordinal, `「5+2」`
# and the slogan years `「謀劃2049、規劃2035、計劃2021」` (slogan, GUIDE) are neither figures nor dates.
PUBLISHED = "2019-11-13"
PUBLISHED_INFERRED = False
DH = "武漢東湖高新區"
E13 = "2019-11-13"
ARTICLES = [A("11個項目集中籤約 光博會首日光谷招商引資結碩果", DH)]
ZONES = [Z(DH, ["東湖高新區", "光谷"])]
ENTERPRISES = [E("烽火光通信", kind="short"), E("聯易融", kind="short")]
FIGURES = [
    F("11個", 11, "個", S=DH, K="zone", M="集中簽約項目", P=E13),
    F("11個", 11, "個", S=DH, K="zone", M="簽約重點項目", P=E13),
    F("11個", 11, "個", S=DH, K="zone", M="簽約重點項目", P=E13),
    F("近300億元", 30000000000, "元", S=DH, K="zone", M="合計簽約金額", P=E13),
]
DATES = [
    D("2019-11-13", "2019-11-13"),
    D("11月13日", E13, inferred=True),
    D("2002年", "2002"),
]
EXCLUDE = ["第16屆", "「5+2」", "「謀劃2049、規劃2035、計劃2021」"]
