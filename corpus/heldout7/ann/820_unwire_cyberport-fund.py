# unwire.pro (Hong Kong tech web media), Traditional; ASCII spaces around numbers kept as stored (`2 億`, `100 家`).
# The lead paragraph is stored twice: each occurrence counts. No date line; the text gives `今天(18/2)` with the
# 2016 Policy Address → published 2016-02-18 (inferred); `18/2` is a date each time (year inferred).
# `2016 年施政報告` names the Policy Address (heldout5: budget/report years are not dates); the other `2016 年` are.
# `2 億` without unit → "" (money). `五成` → 50 % (heldout5); `增加一倍` (small Chinese ratio), `五年前` (years),
# `廿多家` (a small Chinese count), `A 輪`, `Pre-Series A` are not figures. 數碼港 (organisation, no 公司) is not an
# enterprise; no zones.
PUBLISHED = "2016-02-18"
PUBLISHED_INFERRED = True
CP = "數碼港"
JJ = "數碼港投資創業基金"
PY = "數碼港培育計劃"
YY = 100000000
D18 = "2016-02-18"
ARTICLES = [A("全新 2 億基金將用於 Pre-Series A  數碼港培育公司名額將倍增至 100 家", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("2 億", 2*YY, "", kind="money", S=JJ, K="other", M="基金規模", P="2016"),
    F("100 家", 100, "家", S=PY, K="other", M="培育公司名額", P="2016", T=True),
    F("47 億元", 47*YY, "元", S="施政報告", K="other", M="鼓勵創業資助", P="2016"),
    F("2 億", 2*YY, "", kind="money", S=JJ, K="other", M="基金規模", P="2016"),
    F("47 億元", 47*YY, "元", S="施政報告", K="other", M="鼓勵創業資助", P="2016"),
    F("2 億", 2*YY, "", kind="money", S=JJ, K="other", M="基金規模", P="2016"),
    F("100 家", 100, "家", S=PY, K="other", M="培育名額", P="2016", T=True),
    F("五成", 50, "%", S="Smart-Space", K="other", M="總面積", P="2016", C=True, T=True),
    F("47 億元", 47*YY, "元", S="施政報告", K="other", M="支持初創企業基金", P="2016"),
    F("2 億元", 2*YY, "元", S=JJ, K="other", M="基金規模", P="2016"),
    F("2 億元", 2*YY, "元", S=JJ, K="other", M="基金規模", P="2016"),
    F("2 億元", 2*YY, "元", S=JJ, K="other", M="基金規模", P="2016"),
    F("2 億元", 2*YY, "元", S=JJ, K="other", M="基金規模", P="2016"),
    F("約 100 家", 100, "家", S=PY, K="other", M="培育公司數目", P="2016", T=True),
    F("五成", 50, "%", S="Smart-Space", K="other", M="總面積", P="2016", C=True, T=True),
    F("12 萬平方呎", 120000, "平方呎", kind="measure", S="Smart-Space", K="other", M="總面積", P="2016", T=True),
    F("50 家", 50, "家", S=PY, K="other", M="培育公司", P=None),
    F("100 家", 100, "家", S=PY, K="other", M="培育公司目標", P="2016", T=True),
    F("10個", 10, "個", S="數碼港創意微型基金", K="other", M="受助項目", P="2010"),
    F("230 個", 230, "個", S="數碼港創意微型基金", K="other", M="受助項目", P="2016-12", T=True),
]
DATES = [
    D("18/2", D18, inferred=True),
    D("18/2", D18, inferred=True),
    D("18/2", D18, inferred=True),
    D("2016 年", "2016"),
    D("2016 年", "2016"),
    D("2010 年", "2010"),
    D("2016 年底", "2016-12"),
]
EXCLUDE = ["2016 年施政報告"]
