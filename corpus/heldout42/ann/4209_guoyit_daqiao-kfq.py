# guoyit.com (content farm) copy in Traditional script of an 安庆 宜秀区 TV/paper item: 大橋開發區. Printed
# `日期:2014-12-03 08:26:30` kept; cut after the last complete paragraph (the `1至10月份` paragraph broke off mid-sentence,
# with the zone's output figures in it).
# Zone: 大橋開發區 (…开发区), `宜秀區大橋開發區` its district-prefixed form; 加寶產業園 is a park inside it. Companies:
# 安徽小龍人食品股份公司 (`…股份公司` without 有限 → short, heldout9/10/16), 安徽永安電子公司 with `安徽永安電子` (short).
# `6000萬` has no unit word (""), `產能可達2億元` money; `5萬塊錢`, `2萬塊錢` money in 塊錢 (kind set by hand). Plans
# (`預計`, `將`, `可達`) are targets. `三條`, `九條` small Chinese counts. `明年2015年`, `后年2016年`: the printed years
# are the dates (the relative words carry no date text of their own); `今年年底` → 2014-12; `明年6月` → 2015-06.
PUBLISHED = "2014-12-03"
PUBLISHED_INFERRED = False
DQ = "大橋開發區"
XLR = "安徽小龍人食品股份公司"
YA = "安徽永安電子公司"
ARTICLES = [A("大橋開發區:扶持大項目 發展新產業 推動園區又好又快發展", DQ)]
ZONES = [Z(DQ, [DQ, "宜秀區大橋開發區"])]
ENTERPRISES = [E(XLR, kind="short"), E(YA, ["安徽永安電子"], kind="short")]
FIGURES = [
    F("6000萬", 60000000, "", S=XLR, K="enterprise", M="生產設備產能", P="2014-12", T=True),
    F("2億元", 200000000, "元", S=XLR, K="enterprise", M="生產產能", P="2016", T=True),
    F("30多項", 30, "項", S=YA, K="enterprise", M="已取得專利", P="2014-12"),
    F("1.5億元", 150000000, "元", S=YA, K="enterprise", M="銷售產值", P="2013"),
    F("1億多元", 100000000, "元", S=YA, K="enterprise", M="LED照明項目投資", P="2014-09"),
    F("5萬塊錢", 50000, "塊錢", kind="money", S=YA, K="enterprise", M="獎勵", P="2014"),
    F("2萬塊錢", 20000, "塊錢", kind="money", S=YA, K="enterprise", M="科學技術二等獎獎勵", P="2014"),
]
DATES = [D("2014-12-03", "2014-12-03"), D("8月份", "2014-08", inferred=True), D("2013年10月份", "2013-10"),
         D("今年年底", "2014-12", inferred=True), D("2015年", "2015"), D("2016年", "2016"), D("2013年", "2013"),
         D("今年9月份", "2014-09", inferred=True), D("明年6月", "2015-06", inferred=True)]
EXCLUDE = ["08:26:30"]
