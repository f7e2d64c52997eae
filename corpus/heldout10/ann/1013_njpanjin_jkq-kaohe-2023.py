# njpanjin.com (copy of a 中國西藏網 page carrying a 中國新聞網 story, national media), Traditional, crumbs kept, printed
# `發布時間:2023-12-28 15:38:00` (clock no figure). The stored text breaks off in point 五: cut after the last complete
# paragraph (point 四). No single zone: `國家級經開區` is the class (fact subject as printed), no company.
# `2023年國家級經濟技術開發區綜合發展水平考核評價` names an evaluation round → no date (heldout8/9), in the headline and
# the body; `2022年度` is a date (heldout8), `2022年末` → 2022-12, `12月28日電` → `12月28日` (year inferred).
# Thresholds `30億元以上`/`15億元以上` are figures; `2個百分點` a change.
PUBLISHED = "2023-12-28"
PUBLISHED_INFERRED = False
GJ = "國家級經開區"
OK = dict(S=GJ, K="other")
Y = 100000000
W = 10**12
ARTICLES = [A("商務部公布2023年國家級經濟技術開發區綜合發展水平考核評價結果", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("230家", 230, "家", S="全國", K="other", M="國家級經開區", P="2022"),
    F("14萬億元", 14*W, "元", **OK, M="地區生產總值", P="2022"),
    F("12%", 12, "%", **OK, M="占國內生產總值的比重", P="2022"),
    F("30億元", 30*Y, "元", S="東部地區國家級經開區", K="other", M="主營業務收入門檻", P=None),
    F("15億元", 15*Y, "元", S="中西部地區國家級經開區", K="other", M="主營業務收入門檻", P=None),
    F("1765家", 1765, "家", **OK, M="制造業企業", P="2022-12"),
    F("432億美元", 432*Y, "美元", kind="money", **OK, M="實際使用外資金額", P="2022"),
    F("23%", 23, "%", **OK, M="占全國實際使用外資比重", P="2022"),
    F("10.3萬億元", 10.3*W, "元", **OK, M="進出口總額", P="2022"),
    F("25%", 25, "%", **OK, M="占全國進出口總額比重", P="2022"),
    F("3萬億元", 3*W, "元", **OK, M="高新技術產品進出口額", P="2022"),
    F("27%", 27, "%", **OK, M="占全國高新技術產品進出口額比重", P="2022"),
    F("683家", 683, "家", **OK, M="國家級孵化器和眾創空間", P="2022-12"),
    F("1.2萬家", 12000, "家", **OK, M="省級及以上研發機構", P="2022-12"),
    F("6.5萬家", 65000, "家", **OK, M="高新技術企業", P="2022-12"),
    F("2個百分點", 2, "個百分點", **OK, M="工業固體廢物綜合利用率", P="2022", C=True),
]
DATES = [
    D("2023-12-28", "2023-12-28"),
    D("12月28日", "2023-12-28", inferred=True),
    D("2022年度", "2022"),
    D("2022年", "2022"),
    D("2022年末", "2022-12"),
    D("2022年", "2022"),
    D("2022年末", "2022-12"),
    D("2022年", "2022"),
]
EXCLUDE = ["15:38:00", "2023年國家級經濟技術開發區"]
