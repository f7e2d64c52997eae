# xingdayinshua.com (content farm, HTML fragments `<div id="comjz">…` stored as text) copy of a 科技日報 item in
# Traditional script; the HTML fragments and the spam link (`九九免费视频`) after `責任編輯` cut. Title without the
# series tag `高質量發展調研行丨` (GUIDE); the caption lines are no titles. Printed `2023-05-19 22:51:33` (clock no
# figure, EXCLUDE) → published; `5月19日` (year inferred), `2020年5月`. List numbering `1.` of the HTML residue EXCLUDE.
# Zone: none by GUIDE's letter — `蘇錫通科技產業園區` is a provincial park whose name ends in `科技產業園區`, neither a
# `…工业园区` of city rank nor any listed zone word (`示范園區` in the title is no `…示范区`); 中新智能制造產業園 a park.
# No company. Facts: subject the park as printed (other); `目前`/`到目前為止` → the publication month.
PUBLISHED = "2023-05-19"
PUBLISHED_INFERRED = False
SX = dict(S="蘇錫通科技產業園區", K="other", P="2023-05")
ARTICLES = [A("蘇錫通科技產業園區,推動區域協同發展的示范園區", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("超過70%", 70, "%", **SX, M="智能裝備和電子信息產業占全部產業比重"),
    F("超過5000家", 5000, "家", **SX, M="落戶企業"),
    F("130多家", 130, "家", **SX, M="引進外資企業"),
]
DATES = [D("2023-05-19", "2023-05-19"), D("5月19日", "2023-05-19", inferred=True), D("2020年5月", "2020-05")]
EXCLUDE = ["22:51:33", "1. "]
