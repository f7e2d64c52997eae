# m.gb398.cn (徽電科技's own site, news item; a company press release) in Traditional script with glued pinyin
# readings (`高新區(qū)`), kept as stored. Field line `發布日期:2019-01-26 瀏覽次數:4350`; the stored text breaks off
# in the third paragraph: cut after the second. Published 2019-01-26 (printed).
# Zone: 合肥高新區 (primary; stored with its readings, also bare `高新區` three times; `全國高新區` is generic, no
# mention of it). Not zones: 中國科大高新園區 (a park), 合肥綜合性國家科學中心核心區, 雙創示範基地. Company: 徽電科技
# (short, the site's owner, prize winner); 中國聲谷 (an industry base), 中國科大 (university) are not.
# Dates: the award year `2018年度` at both its occurrences (heldout16: a ceremony's year is a date), `2019年1月26日`,
# `2018年` twice, `2019年`, `2018年9月1日`. Figures: the view counter `4350` (GUIDE's letter, as 3605), `30余家`,
# the threshold `500萬(wàn)以上` (heldout16's `3000万美元以上`; unit "", approx), ranks `前五`/`第八` no figures.
# The year's results are `預計` (estimates for the year just ended): target, up to the semicolon; the tax
# figures after it are levels.
PUBLISHED = "2019-01-26"
PUBLISHED_INFERRED = False
HF = "合肥高新区"
ZE = dict(S=HF, K="zone", P="2018")
ARTICLES = [A("徽電科技榮獲2018年度合肥高新區(qū)優(yōu)秀企業(yè)稱號(hào)", HF)]
ZONES = [Z(HF, ["合肥高新區(qū)", "高新區(qū)"])]
ENTERPRISES = [E("徽電科技", kind="short")]
FIGURES = [
    F("4350", 4350, "", M="瀏覽次數"),
    F("30余家", 30, "家", M="參會新聞媒體", P="2019-01-26"),
    F("12.4%", 12.4, "%", **ZE, M="GDP增長", C=True, T=True),
    F("14.3%", 14.3, "%", **ZE, M="規上工業增加值增長", C=True, T=True),
    F("52%", 52, "%", **ZE, M="固定資產投資增長", C=True, T=True),
    F("11.6%", 11.6, "%", **ZE, M="服務業增加值增長", C=True, T=True),
    F("11.6%", 11.6, "%", **ZE, M="社會消費品零售總額增長", C=True, T=True),
    F("222.55億元", 22255000000, "元", **ZE, M="全口徑財政收入", T=True),
    F("500萬(wàn)以上", 5000000, "", **ZE, M="納稅"),
    F("近300家", 300, "家", **ZE, M="納稅500萬以上企業"),
    F("128.4億元", 12840000000, "元", **ZE, M="納稅500萬以上企業共納稅"),
]
DATES = [D("2018年度", "2018"), D("2019-01-26", "2019-01-26"), D("2019年1月26日", "2019-01-26"), D("2018年度", "2018"),
         D("2018年", "2018"), D("2019年", "2019"), D("2018年", "2018"), D("2018年9月1日", "2018-09-01")]
