# pgs-scm.com (content farm with the 高新院 achie.org template, Traditional with glued pinyin readings), printed
# `日期:2023-06-09`; crumbs and the 13-line channel menu kept. The returned text breaks off inside the paragraph that
# follows the subheading `搶抓新能源電池產業(yè)風口` (the only mention of 荊門高新區 and of 湖北恩捷新材料科技有限公司);
# cut after the last complete paragraph, before that subheading, so the page names no zone. The province's
# `產業(yè)轉型升級示范區(qū)` is a designation given to the city (a mission), not a zone of rank: no zone.
# Companies (all short, as stored): three state plants named as plants (荊門煉油廠, 荊門熱電廠, 宏圖飛機制造廠), the
# list of firms that came in the 2000s and the battery and car makers (格林美 … 玲瓏輪胎). Not figures: `60年代`
# (a decade), `連續(xù)11年` (duration in years), `第四` (rank). The three shares are the city's levels `截至2022年`.
PUBLISHED = "2023-06-09"
PUBLISHED_INFERRED = False
JM = dict(S="荊門", K="other")
ARTICLES = [A("荊門傾力打造“產業(yè)轉型升級示范區(qū)”", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in [
    "荊門煉油廠", "荊門熱電廠", "宏圖飛機制造廠", "格林美", "李寧", "中集宏圖", "福耀玻璃", "新洋豐", "金龍泉",
    "京山輕機", "凱龍化工", "億緯動力", "新宙邦", "恩捷", "科達利", "雄韜鋰電", "長城汽車", "玲瓏輪胎"]]
FIGURES = [
    F("49.5%", 49.5, "%", **JM, M="高新技術企業(yè)數量占規(guī)上企業(yè)比重", P="2022"),
    F("46%", 46, "%", **JM, M="高新技術增加值占規(guī)上工業(yè)增加值比重", P="2022"),
    F("13個", 13, "個", **JM, M="進入全省重點產業(yè)集群的產業(yè)", P="2022"),
]
DATES = [D("2023-06-09", "2023-06-09"), D("2022年", "2022"), D("2022年6月", "2022-06")]
EXCLUDE = ["60年代", "11年"]
