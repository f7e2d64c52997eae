# cpdym.com (portal) copy, converted to Traditional script, of an AI財經社 item (mainland story); byline line
# `AI財經社唐煜2021-06-01 10:30 大公司` (column tag `大公司`) prints the date → published 2021-06-01; the clock is no
# figure. The stored text broke off in the repost notice `【本文為合作媒體授權博望財經轉載,文章版…` → cut after the last
# complete paragraph. The list size `200強` (headline) and `前200大` are list names/rank thresholds, no figures.
# `《2021年度供應商責任進展報告》` is a document name (no date); `2020年前200大供應商名單` is the list's year, a date
# (2020, not a `…年前` deadline); `2020財年` a fiscal year (date, heldout16); `2020年的年報` the report's year (date).
# Companies, all short as printed, except 南昌歐菲光科技有限公司 (registered): 蘋果 (`蘋果公司` variant), 兆易創新,
# 得潤電子, 福建南平鋁業, 天馬微電子, 江蘇精研, 蘇州勝利精密, 廣東朝陽電子, 吉林利源精制, 歐菲光, 雙鴻, 康控-KY,
# GIS-KY, 茂林-KY, 嘉澤, 晶技, 正隆, 復揚科技, 京嘉光電, 達方, 美律, 明翔科技. AI財經社/博望財經 are media. No zone.
# `起` (incidents) is set to count by hand.
PUBLISHED = "2021-06-01"
PUBLISHED_INFERRED = False
PG = dict(S="蘋果", K="enterprise")
NAMES = ["兆易創新", "得潤電子", "福建南平鋁業", "天馬微電子", "江蘇精研", "蘇州勝利精密", "廣東朝陽電子", "吉林利源精制",
         "歐菲光", "雙鴻", "康控-KY", "GIS-KY", "茂林-KY", "嘉澤", "晶技", "正隆", "復揚科技", "京嘉光電", "達方", "美律",
         "明翔科技"]
ARTICLES = [A("蘋果:公布最新200強供應商,國產芯片和平板顯示公司上榜", None)]
ZONES = []
ENTERPRISES = [E("蘋果", ["蘋果公司"], kind="short")] + [E(n, kind="short") for n in NAMES] + [E("南昌歐菲光科技有限公司")]
FIGURES = [
    F("12家", 12, "家", **PG, M="新增大陸供應商", P="2020"),
    F("11家", 11, "家", S="美國", K="other", M="納入實體清單的中國企業", P="2020-07"),
    F("19.45億元", 1945000000, "元", S="歐菲光", K="enterprise", M="虧損額", P="2020"),
    F("6家", 6, "家", **PG, M="中國臺灣新增供應商", P="2020"),
    F("6家", 6, "家", **PG, M="中國臺灣移除供應商", P="2020"),
    F("9起", 9, "起", kind="count", **PG, M="違反供應商行為準則的核心行為", P="2020"),
    F("17起", 17, "起", kind="count", **PG, M="違反供應商行為準則的核心行為", P="2019"),
    F("27起", 27, "起", kind="count", **PG, M="違反供應商行為準則的核心行為", P="2018"),
]
DATES = [D("2021-06-01", "2021-06-01"), D("5月31日", "2021-05-31", inferred=True), D("5月30日", "2021-05-30", inferred=True),
         D("2020年", "2020"), D("2019年", "2019"), D("5月31日", "2021-05-31", inferred=True), D("2020年", "2020"),
         D("2020年7月", "2020-07"), D("今年3月", "2021-03", inferred=True), D("2020年", "2020"), D("2020財年", "2020"),
         D("2019年", "2019"), D("2018年", "2018")]
EXCLUDE = ["200強", "前200大", "2021年度", "10:30"]
