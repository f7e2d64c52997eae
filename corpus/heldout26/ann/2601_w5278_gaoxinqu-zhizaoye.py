# w5278.com (content farm, `星之球科技` branding) copy of a 中國高新技術產業導報 story in Traditional script; HTML
# leftovers (`<ul id=…>`, `<tfoot …>`), the `閱讀 | 訂閱` menu twice, the channel `產業資訊`, the lead paragraph stored
# twice, and the crosshead `成制造業發展主力軍` kept. The stored text breaks off inside the 基地 paragraph: cut after the
# 中關村 paragraph. Printed date `2021-01-11` glued to the source line (published, not inferred).
# Zones: the five named as the top of a ranking, each with its own full name (not a list ending in one zone word, so
# not coordinated): 中關村科技園區 (canonical 中關村, GUIDE), 深圳高新區, 上海張江高新區, 蘇州工業園區, 武漢東湖高新區;
# Traditional forms kept as printed. `國家高新區` (generic) is no zone; 北京高端制造業基地 is a base inside 中關村.
# The article is about national high-tech zones in general: primary zone null.
# Enterprises: none. `星之球科技` is the site's own branding line above the source, not a company named in the
# story; 中國工程院戰略咨詢中心, 國家工業信息安全發展研究中心 (centres) and 南京航空航天大學 are no enterprises.
# Figures: none. `超半數` has no scale word; `前5名` is a rank; `TOP100`, `5G` are names; `評論(0 )` a widget count.
# Dates: `2012-2019年` is a span (value 2012, end 2019). Not dates: the years inside the names
# `《2020中國制造強國發展指數報告》`, `2020第八屆先進制造業大會`, `2020中國先進制造業強區發展指數TOP100名單`.
PUBLISHED = "2021-01-11"
PUBLISHED_INFERRED = False
ARTICLES = [A("國家高新區成制造業高質量發展主陣地", None)]
ZONES = [Z("中關村", ["中關村科技園區"]), Z("深圳高新區", ["深圳高新區"]), Z("上海張江高新區", ["上海張江高新區"]),
         Z("蘇州工業園區", ["蘇州工業園區"]), Z("武漢東湖高新區", ["武漢東湖高新區"])]
ENTERPRISES = []
FIGURES = []
DATES = [D("2021-01-11", "2021-01-11"), D("2012-2019年", "2012", "2019")]
EXCLUDE = ["《2020中國制造強國發展指數報告》", "2020第八屆先進制造業大會", "2020中國先進制造業強區發展指數TOP100名單",
           "前5名", "5G", "評論(0 )"]
