# readers.ctee.com.tw (工商時報 e-paper share page), Traditional, from the top: `image` placeholders, the byline line
# `20230808文/王妙琴` (printed date → published 2023-08-08, not inferred, and a date mention), the main headline, a
# deck line (`中油、上銀…投標`: a deck, no title; its figure and date count), a photo caption with its credit
# `圖/亞興測量公司提供`. Leading spaces of the paragraphs kept. Whole as returned.
# No zone (小東工業區 is a Taiwan county industrial area). Companies: the five registered names in full with the deck's
# short forms as variants (中油, 上銀, 春源, 巧新, 新普), and 亞興測量公司 (credit line; `…公司` without 有限 → short).
# The venue 三好國際酒店 is a place, not named as a company; 雲林縣政府/縣府 are government.
# Figures: `5個` in the deck and the body (each counts); `超過800億` (no unit printed → "", money); `約400公尺`
# (measure). Not figures: clock times `上午10時`, `8時30分`, addresses `35號`, `第345號信箱`, the road name
# `國道1號`, the ordinal `第4次`, `三分鐘` (small Chinese count without scale word). Dates `9/4`, `8月7日`,
# `7月16日`, `9月4日` take the printed year 2023 (inferred).
PUBLISHED = "2023-08-08"
PUBLISHED_INFERRED = False
XD = "小東工業區"
ARTICLES = [A("雲林小東工業區招商 反應熱烈", None)]
ZONES = []
ENTERPRISES = [
    E("台灣中油股份有限公司", ["中油"]),
    E("上銀科技股份有限公司", ["上銀"]),
    E("春源鋼鐵工業股份有限公司", ["春源"]),
    E("巧新科技工業股份有限公司", ["巧新"]),
    E("新普科技股份有限公司", ["新普"]),
    E("亞興測量公司", kind="short"),
]
FIGURES = [
    F("5個", 5, "個", S=XD, K="other", M="開放編號基地", P=None),
    F("超過800億", 80000000000, "", kind="money", S="雲林縣", K="other", M="農業產值", P=None),
    F("約400公尺", 400, "公尺", kind="measure", S=XD, K="other", M="距斗南交流道", P=None),
    F("5個", 5, "個", S=XD, K="other", M="開放編號基地", P=None),
]
DATES = [
    D("20230808", "2023-08-08"),
    D("9/4", "2023-09-04", inferred=True),
    D("8月7日", "2023-08-07", inferred=True),
    D("7月16日", "2023-07-16", inferred=True),
    D("9月4日", "2023-09-04", inferred=True),
]
EXCLUDE = ["10時", "8時30分", "35號", "第345號", "國道1號", "第4次"]
