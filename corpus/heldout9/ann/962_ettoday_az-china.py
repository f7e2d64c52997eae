# ettoday.net (東森新聞雲, Taiwan), Traditional; ` date 2026-01-29` date line (printed, heldout7's 808), navigation line,
# photo captions (each stored once or twice, as returned) and section heads kept; the stored text breaks off in the
# paragraph after the last caption: cut there. English-named company with a Chinese gloss: 阿斯特捷利康（AstraZeneca，AZ）
# → one short entry, `AstraZeneca` and `AZ` its variants. No zones. `近3年`, `未來6年` (durations in 年) no figures;
# `數千個` (vague) no figure; `2030年前` → 2030. Section head `150億美元加碼中國` and the caption repeat the amount: each
# occurrence is a figure (4 × 150億美元). `破2萬人`/`突破2萬人` → `2萬人` (破 sets no approx); `超過2萬人` approx.
# Periods: the plan's figures after `將在2030年前` take 2030 (target year); the headline's stand before it (null).
PUBLISHED = "2026-01-29"
PUBLISHED_INFERRED = False
AZ = "阿斯特捷利康"
ARTICLES = [A("施凱爾訪中！AZ宣布砸150億美元投資中國　員工破2萬人、擴大研發", None)]
ZONES = []
ENTERPRISES = [E(AZ, ["AstraZeneca", "AZ"], kind="short")]
FIGURES = [
    F("150億美元", 15000000000, "美元", S=AZ, K="enterprise", M="投資中國", P=None, T=True),
    F("2萬人", 20000, "人", S=AZ, K="enterprise", M="在中國的員工", P=None, T=True),
    F("150億美元", 15000000000, "美元", S=AZ, K="enterprise", M="加碼投資", P="2030", T=True),
    F("超過2萬人", 20000, "人", S=AZ, K="enterprise", M="在中國的員工人數", P="2030", T=True),
    F("150億美元", 15000000000, "美元", S=AZ, K="enterprise", M="加碼投資", P="2030", T=True),
    F("超過500家", 500, "家", S=AZ, K="enterprise", M="合作醫院", P=None),
    F("2萬人", 20000, "人", S=AZ, K="enterprise", M="在中國的員工規模", P="2030", T=True),
    F("150億美元", 15000000000, "美元", S=AZ, K="enterprise", M="投資", P="2030", T=True),
]
DATES = [D("2026-01-29", "2026-01-29"), D("2030年前", "2030")]
EXCLUDE = ["近3年", "未來6年"]
