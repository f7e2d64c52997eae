# ezhou.gov.cn (鄂州 city government portal, special-topic page) item; the `信息来源/日期/语音` line kept; the closing
# widget `扫一扫在手机上查看当前页面` cut. Published: the printed `2017-02-18`; `昨日` (2017-02-17) is no dated mention
# but dates the counts; `2月3日` → 2017-02-03, `一季度` → 2017-01..2017-03 (inferred). Zone: 鄂州开发区 (`…开发区`,
# primary). Companies: 晨风轨道装备股份有限公司 (registered; `晨风轨道` variant), 驰久板簧, 扬子重工, 丰地, 自强电工
# (short). `1。2亿元` is stored with an ideographic full stop for the decimal point: a figure as stored, 1.2亿元.
PUBLISHED = "2017-02-18"
PUBLISHED_INFERRED = False
EZ = "鄂州开发区"
ZK = dict(S=EZ, K="zone", P="2017-02-17")
ARTICLES = [A("鄂州开发区86家工业企业全部复产", EZ)]
ZONES = [Z(EZ, [EZ])]
ENTERPRISES = [E("晨风轨道装备股份有限公司", ["晨风轨道"]), E("驰久板簧", kind="short"), E("扬子重工", kind="short"),
               E("丰地", kind="short"), E("自强电工", kind="short")]
FIGURES = [
    F("86家", 86, "家", **ZK, M="工业企业全部复产"),
    F("1。2亿元", 120000000, "元", S="晨风轨道装备股份有限公司", K="enterprise", M="年产值", P="2017", T=True),
    F("86家", 86, "家", **ZK, M="工业企业复产"),
    F("100%", 100, "%", **ZK, M="工业企业复产率"),
]
DATES = [D("2017-02-18", "2017-02-18"), D("2月3日", "2017-02-03", inferred=True),
         D("一季度", "2017-01", "2017-03", inferred=True)]
EXCLUDE = []
