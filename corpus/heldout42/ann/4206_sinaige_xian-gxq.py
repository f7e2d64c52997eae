# m.sinaige.com.cn (content farm) copy in Traditional script with glued readings of a 西安高新区 half-year report; no
# date line: published 2023-08-05 from the URL path (`/2023/0805/`), `今年上半年` → 2023-01..06 (inferred). Cut after the
# last complete paragraph (the `今年7月` paragraph broke off mid-word; its company names fell in the cut tail).
# Title: the whole headline line as stored, `四個高新半年報——` included (it reads as the headline's lead, not a
# separate series tag). The section heads `規上工業增加值增速20.7%` / `高質量發展再上新臺階` and `(資料圖片)` are no
# titles; the section head's `20.7%` counts as a figure occurrence. Zone: 西安高新區 (canonical without readings).
# `5大主導產業` is a category name (as `五大工程`), no figure; `約375.43億元` approx; `11.7個(gè)百分點(diǎn)` keeps its reading.
# No company on the kept text.
PUBLISHED = "2023-08-05"
PUBLISHED_INFERRED = True
XA = "西安高新區"
ZK = dict(S=XA, K="zone")
H1 = ("2023-01", "2023-06")
ARTICLES = [A("四個(gè)高新半年報(bào)——GDP增長(zhǎng)8.4% 五大主導(dǎo)產(chǎn)業(yè)規(guī)模增長(zhǎng)19.8%實(shí)力高新盡顯韌性與活力", XA)]
ZONES = [Z(XA, ["西安高新區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("8.4%", 8.4, "%", **ZK, M="GDP增長", P=H1, C=True),
    F("19.8%", 19.8, "%", **ZK, M="五大主導產業規模增長", P=H1, C=True),
    F("8.4%", 8.4, "%", **ZK, M="GDP同比增長", P=H1, C=True),
    F("約375.43億元", 37543000000, "元", **ZK, M="竣工先進製造業項目總投資", P=H1),
    F("31個(gè)", 31, "個", **ZK, M="集中竣工先進製造業項目", P=H1),
    F("19.8%", 19.8, "%", **ZK, M="主導產業規模同比增長", P=H1, C=True),
    F("9家", 9, "家", **ZK, M="新增省級製造業單項冠軍", P=H1),
    F("621家", 621, "家", **ZK, M="新增創新型中小企業", P=H1),
    F("20.7%", 20.7, "%", **ZK, M="規上工業增加值增速", P=H1, C=True),
    F("1614.72億元", 161472000000, "元", **ZK, M="生產總值", P=H1),
    F("8.4%", 8.4, "%", **ZK, M="生產總值同比增長", P=H1, C=True),
    F("20.7%", 20.7, "%", **ZK, M="規上工業增加值增速", P=H1, C=True),
    F("11.7個(gè)百分點(diǎn)", 11.7, "個百分點", **ZK, M="規上工業增加值增速高於全市", P=H1, C=True),
    F("18.1%", 18.1, "%", **ZK, M="規上工業總產值增長", P=H1, C=True),
    F("11.2%", 11.2, "%", **ZK, M="工業投資增長", P=H1, C=True),
    F("43.8%", 43.8, "%", **ZK, M="規上工業總產值占全市比重", P=H1),
    F("37.5%", 37.5, "%", **ZK, M="工業投資占全市比重", P=H1),
]
DATES = [D("今年上半年", "2023-01", "2023-06", inferred=True), D("今年上半年", "2023-01", "2023-06", inferred=True)]
EXCLUDE = ["5大"]
