# lysjxsh.com (临沂市江西商会, a chamber of commerce's site) repost of a 中国江西网 item: the chamber's name, phones,
# address, then the headline and `时间:2017-04-24 15:04:43` (clock no figure) → published 2017-04-24; the infographic's
# lines stored one per line with indentation. Whole as returned.
# Zone: the address's `临沂市国家高新区` is a zone mention → 临沂高新区 (国家 dropped); not the article's zone (no
# primary). `17个国家级开发区` and 鄱阳湖生态经济区 name no GUIDE zone. No company.
# Phones and the address distance (`南300米`, a street location) are no figures. `4月16日` → 2017-04-16, `1~2月`
# (three times) → 2017-01..2017-02 (year inferred). `拉动增长3.7个百分点` a contribution to growth (change);
# `比…平均水平高1.7个百分点` a comparison (no change); `超30%` approx. Subjects: 江西工业园区 (printed `全省工业园区`,
# headline `江西工业园区`), the small firms inside them, 鄱阳湖生态经济区内园区, 17个国家级开发区 (printed entities).
PUBLISHED = "2017-04-24"
PUBLISHED_INFERRED = False
Q = ("2017-01", "2017-02")
JX = dict(S="江西工业园区", K="other", P=Q)
XX = dict(S="园区内小型企业", K="other", P=Q)
ARTICLES = [A("江西工业园区实现全行业盈利", None)]
ZONES = [Z("临沂高新区", ["临沂市国家高新区"])]
ENTERPRISES = []
FIGURES = [
    F("278.38亿元", 27838000000, "元", **JX, M="利润总额"),
    F("15.2%", 15.2, "%", **JX, M="利润总额", C=True),
    F("386.75亿元", 38675000000, "元", **XX, M="工业增加值"),
    F("10.6%", 10.6, "%", **XX, M="工业增加值", C=True),
    F("1.7个百分点", 1.7, "个百分点", **XX, M="增速比全省工业园区平均水平高"),
    F("39.5%", 39.5, "%", **XX, M="占园区工业增加值的比重"),
    F("41.1%", 41.1, "%", **XX, M="对园区增长的贡献率"),
    F("3.7个百分点", 3.7, "个百分点", **XX, M="拉动增长", C=True),
    F("979.60亿元", 97960000000, "元", **JX, M="工业增加值"),
    F("8.9%", 8.9, "%", **JX, M="工业增加值", C=True),
    F("4190.05亿元", 419005000000, "元", **JX, M="主营业务收入"),
    F("16.5%", 16.5, "%", **JX, M="主营业务收入", C=True),
    F("308.91亿元", 30891000000, "元", **JX, M="出口交货值"),
    F("16.4%", 16.4, "%", **JX, M="出口交货值", C=True),
    F("82.21亿元", 8221000000, "元", **JX, M="基础设施完成投入"),
    F("19.4%", 19.4, "%", **JX, M="基础设施完成投入", C=True),
    F("40.49亿元", 4049000000, "元", S="鄱阳湖生态经济区内园区", K="other", P=Q, M="基础设施完成投入"),
    F("49.3%", 49.3, "%", S="鄱阳湖生态经济区内园区", K="other", P=Q, M="基础设施投入占比"),
    F("17个", 17, "个", S="17个国家级开发区", K="other", P=Q, M="国家级开发区"),
    F("24.83亿元", 2483000000, "元", S="17个国家级开发区", K="other", P=Q, M="基础设施完成投入"),
    F("30.2%", 30.2, "%", S="17个国家级开发区", K="other", P=Q, M="基础设施投入占比"),
    F("10个", 10, "个", **JX, M="利润增幅超30%的行业"),
    F("超30%", 30, "%", **JX, M="行业利润增幅", C=True),
    F("333.91亿元", 33391000000, "元", **JX, M="招商引资实际到位资金"),
    F("10.2%", 10.2, "%", **JX, M="招商引资实际到位资金", C=True),
    F("806.02亿元", 80602000000, "元", **JX, M="招商签约资金"),
    F("33.6%", 33.6, "%", **JX, M="招商签约资金", C=True),
    F("41.2%", 41.2, "%", **JX, M="招商资金实际到位率"),
]
DATES = [D("2017-04-24", "2017-04-24"), D("4月16日", "2017-04-16", inferred=True)] + \
        [D("1~2月", "2017-01", "2017-02", inferred=True)] * 3
EXCLUDE = ["13370650898", "15020332299", "南300米", "15:04:43"]
