# jlsyhpl.com (a plastics company's site, `行业信息` channel) repost of a 生物塑料研究院 item, Traditional script with
# bracketed pinyin readings glued after many characters (`萬(wàn)噸`, `長(cháng)陽(yáng)`) — kept as stored; names and figures
# are entered with their readings (heldout16's `中金集團(tuán)`). Whole as returned. Field lines (`來源/瀏覽數/發布時間`)
# before the body kept. Published: the printed `2025-12-03` (inferred false).
# No zone: `開(kāi)發(fā)區管委會(huì )` names no place and the page gives the zone no name. Companies (registered):
# 湖北華濰新材料科技有限公司 (the visited firm), 長陽城市發展投資集團有限公司 with its short form `長陽城發集團` (glued
# readings kept), 濰坊華濰新材料科技有限公司 with `華濰新材料` (the partner of the agreement, twice). 生物塑料研究院 is an
# institute. The view counter `瀏覽數:80` is a quantity written with digits: a figure by GUIDE's letter (unit "",
# no subject, no period). `20億` (title) has no unit word: "". Title and body figures of the planned project are
# targets (`將共同投資建設`); subject: 長陽 (the county the money goes to; two companies invest together).
PUBLISHED = "2025-12-03"
PUBLISHED_INFERRED = False
CY = dict(S="長(cháng)陽(yáng)", K="other", P=None, T=True)
ARTICLES = [A("6.5萬(wàn)噸“綠色材料”項目簽約,20億資金注入縣城轉型", None)]
ZONES = []
ENTERPRISES = [E("湖北華濰新材料科技有限公司"),
               E("長(cháng)陽(yáng)城市發(fā)展投資集團有限公司", ["長(cháng)陽(yáng)城發(fā)集團"]),
               E("濰坊華濰新材料科技有限公司", ["華濰新材料"])]
FIGURES = [
    F("6.5萬(wàn)噸", 65000, "噸", **CY, M="年產全降解材料"),
    F("20億", 2000000000, "", **CY, M="資金"),
    F("80", 80, "", M="瀏覽數"),
    F("6.5萬(wàn)噸", 65000, "噸", **CY, M="年產全降解材料"),
    F("20億元", 2000000000, "元", **CY, M="總投資規模"),
]
DATES = [D("2025-12-03", "2025-12-03"), D("2025年11月3日", "2025-11-03")]
