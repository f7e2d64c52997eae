# aeenf.com (mirror of 高新院 achie.org, a zone-research portal) in Traditional script with the converter's glued
# readings (`高新區(qū)`, `經(jīng)濟`) kept; the section menu, source/date line and empty counter `點擊:次` kept. The stored text
# breaks off in the 規上工業增加值 paragraph: cut after the `與一季度相比提升9.0個百分點` paragraph.
# Printed `2023-07-31` → published. The crosshead `規(guī)上工業(yè)增加值完成277.54億元` is a line of the article: its figure
# counts. Ranks are no figures (`第二`, `第2`, `全市第一`, `前三`); `24項…7項…7項…17項` count indicators (項).
# Zone: 惠州仲愷高新區 (district name kept, GUIDE), variants as stored with the glued reading (heldout16); primary.
# Dates: `上半年` at each of its three occurrences, `一季度` twice, `1月至6月`, `1月至5月` (2023 spans, inferred;
# heldout16 counted `一季度`); `今年以來` no date; `半年報` is a report's name. No company.
PUBLISHED = "2023-07-31"
PUBLISHED_INFERRED = False
ZK = "惠州仲愷高新區"
H1 = ("2023-01", "2023-06")
ZZ = dict(S=ZK, K="zone", P=H1)
ARTICLES = [A("GDP同比增長6.1%!惠州仲愷高新區(qū)經(jīng)濟半年報公布", ZK)]
ZONES = [Z(ZK, ["惠州仲愷高新區(qū)", "仲愷高新區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("6.1%", 6.1, "%", **ZZ, M="GDP同比增長", C=True),
    F("443.39億元", 44339000000, "元", **ZZ, M="地區生產總值"),
    F("6.1%", 6.1, "%", **ZZ, M="地區生產總值同比增長", C=True),
    F("8.7個百分點", 8.7, "個百分點", **ZZ, M="GDP同比增速較一季度提高", C=True),
    F("24項", 24, "項", **ZZ, M="主要經濟指標"),
    F("7項", 7, "項", **ZZ, M="增速全市第一的指標"),
    F("7項", 7, "項", **ZZ, M="增速全市前三的指標"),
    F("17項", 17, "項", **ZZ, M="增速高於全市平均水平的指標"),
    F("3.96億元", 396000000, "元", **ZZ, M="第一產業增加值"),
    F("5.9%", 5.9, "%", **ZZ, M="第一產業增加值同比增長", C=True),
    F("313.26億元", 31326000000, "元", **ZZ, M="第二產業增加值"),
    F("3.9%", 3.9, "%", **ZZ, M="第二產業增加值同比增長", C=True),
    F("126.18億元", 12618000000, "元", **ZZ, M="第三產業增加值"),
    F("11.8%", 11.8, "%", **ZZ, M="第三產業增加值同比增長", C=True),
    F("277.54億元", 27754000000, "元", **ZZ, M="規上工業增加值"),
    F("3.2個百分點", 3.2, "個百分點", **ZZ, M="規上工業總產值增速較1月至5月提升", C=True),
    F("9.0個百分點", 9.0, "個百分點", **ZZ, M="規上工業總產值增速較一季度提升", C=True),
]
DATES = [D("2023-07-31", "2023-07-31")] + [D("上半年", "2023-01", "2023-06", inferred=True)] * 2 + [
    D("一季度", "2023-01", "2023-03", inferred=True), D("1月至6月", "2023-01", "2023-06", inferred=True),
    D("上半年", "2023-01", "2023-06", inferred=True), D("1月至5月", "2023-01", "2023-05", inferred=True),
    D("一季度", "2023-01", "2023-03", inferred=True)]
EXCLUDE = ["第2"]
