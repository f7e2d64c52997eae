# huadong.zgcsjs.org.cn (a national association's regional site, `记者观察`), reposting a 中国政府网 item: printed
# `发布时间: 2024年10月31日 09:33:40` (clock no figure), counter `浏览:325次` (no figure), the State Council letter
# with its own heading (three lines, `国务院办公厅关于…的复函`: the document's title inside the article, no article
# title; its figure counts) and number `国办函〔2024〕83号` (a code, no figure/date). The stored text breaks off in
# point 四: cut after the last complete paragraph.
# Zones named in full, each with its pre-upgrade name as a variant (the same zone): 广州花都经济技术开发区
# (`广州花都经济开发区`), 贵溪经济技术开发区 (`江西贵溪经济开发区`), 涪陵经济技术开发区 (`重庆涪陵工业园区`),
# 沈阳金融商贸经济技术开发区 (`沈阳金融商贸开发区`); the heading's `广州花都⏎经济开发区` is split by a line break (not a
# separate variant). Not coordinated (full names). No companies. `四至范围` no figure.
PUBLISHED = "2024-10-31"
PUBLISHED_INFERRED = False
GW = dict(S="国务院", K="other")
M10 = "2024-10"
ARTICLES = [A("国务院同意4个省级开发区升级为国家级经开区", None)]
ZONES = [
    Z("广州花都经济技术开发区", ["广州花都经济开发区", "广州花都经济技术开发区"]),
    Z("贵溪经济技术开发区", ["江西贵溪经济开发区", "贵溪经济技术开发区"]),
    Z("涪陵经济技术开发区", ["重庆涪陵工业园区", "涪陵经济技术开发区"]),
    Z("沈阳金融商贸经济技术开发区", ["沈阳金融商贸开发区", "沈阳金融商贸经济技术开发区"]),
]
ENTERPRISES = []
FIGURES = [
    F("4个", 4, "个", **GW, M="升级为国家级经开区的省级开发区", P=M10),
    F("4个", 4, "个", **GW, M="升级为国家级经开区的省级开发区", P=M10),
    F("4个", 4, "个", **GW, M="升级为国家级经开区的省级开发区", P=M10),
    F("4个", 4, "个", **GW, M="国家级经济技术开发区", P=M10),
]
DATES = [D("2024年10月31日", "2024-10-31")]
EXCLUDE = ["09:33:40", "浏览:325次", "国办函〔2024〕83号"]
