# ygpos.cn page carrying a 中南高科 company news item (press release), converted to Traditional with pinyin readings
# glued in (`業(yè)`, kept as stored). `近日`, no date printed or given: published null, no dates. Cut after the last
# complete line (a photo caption) before the paragraph the store breaks off. Zone 仲愷高新區 (canonical, script kept)
# with the printed form `仲愷高新區(qū)` as variant; primary. Companies: 中南高科 (also in `中南高科仲愷項目`,
# `中南高科·仲愷…項目`), TCL, 德賽, 億緯 (short). `“2+1”`, `“5+1”` are slogans, `二十大` a name, `兩大獎項` a small
# Chinese count: the page has no figures.
PUBLISHED = None
PUBLISHED_INFERRED = True
ZK = "仲愷高新區"
ARTICLES = [A("中南高科受邀出席工業(yè)標準廠房集中投產(chǎn)儀式,榮獲“科技創(chuàng)新”、“投產(chǎn)標兵”兩大獎項", ZK)]
ZONES = [Z(ZK, ["仲愷高新區(qū)"])]
ENTERPRISES = [E("中南高科", kind="short"), E("TCL", kind="short"), E("德賽", kind="short"), E("億緯", kind="short")]
FIGURES = []
DATES = []
EXCLUDE = ["“2+1”", "“5+1”"]
