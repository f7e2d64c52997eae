# www9599116.com (a site carrying a 常州 district's news item; crumbs `首页 >> vi >> 区县信息`, field line kept).
# Printed `发布日期:2024-01-31`. The stored text breaks off in the 服务业 paragraph: cut after the 工业生产 one.
# No zone: 常州新北区 is a district, not said on the page to be a zone (GUIDE's bare-name rule); no company.
# List sharing one unit `2.9、2.3和1.3个百分点` (heldout16 NEW): one figure per value, the first with the whole list as
# its text; `2.3` and `1.3个百分点` stand only inside it (deliberate count notes). Thresholds: `超50亿元` and `超百亿`
# (Chinese numeral with scale word, no unit printed → "") are figures (heldout16), `超亿元` (no numeral), `千亿级`,
# `万亿之城`, `三大工程`, `六张`, `两特三新一智能` are not. `迈上500亿元新台阶` a milestone figure. `两年平均增长` →
# period 2022..2023.
PUBLISHED = "2024-01-31"
PUBLISHED_INFERRED = False
XB = dict(S="常州新北区", K="other", P="2023")
Y2 = dict(S="常州新北区", K="other", P=("2022", "2023"))
ARTICLES = [A("新北区:2023年经济运行情况稳中有进", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("2118.65亿元", 211865000000, "元", **XB, M="地区生产总值(GDP)"),
    F("8.1%", 8.1, "%", **XB, M="GDP同比增长", C=True),
    F("2.9、2.3和1.3个百分点", 2.9, "个百分点", **XB, M="GDP增速高于全国", C=True),
    F("2.3", 2.3, "个百分点", **XB, M="GDP增速高于全省", C=True),
    F("1.3个百分点", 1.3, "个百分点", **XB, M="GDP增速高于全市", C=True),
    F("20.9%", 20.9, "%", **XB, M="GDP占全市比重"),
    F("0.1个百分点", 0.1, "个百分点", **XB, M="占全市比重提升", C=True),
    F("3756.0亿元", 375600000000, "元", **XB, M="规上工业总产值"),
    F("7.5%", 7.5, "%", **XB, M="规上工业总产值同比增长", C=True),
    F("1.0个百分点", 1.0, "个百分点", **XB, M="增速高于全市平均", C=True),
    F("9.7%", 9.7, "%", **Y2, M="规上工业总产值两年平均增长", C=True),
    F("3020.4亿元", 302040000000, "元", **XB, M="“两特三新一智能”产业产值"),
    F("9.3%", 9.3, "%", **XB, M="“两特三新一智能”产业产值同比增长", C=True),
    F("9.0%", 9.0, "%", **XB, M="规上工业增加值同比增长", C=True),
    F("0.2个百分点", 0.2, "个百分点", **XB, M="增加值增速高于全市平均", C=True),
    F("10.2%", 10.2, "%", **Y2, M="规上工业增加值两年平均增长", C=True),
    F("1101.5亿元", 110150000000, "元", **XB, M="新能源汽车及汽车核心零部件产业产值"),
    F("23.9%", 23.9, "%", **XB, M="新能源汽车及汽车核心零部件产业产值同比增长", C=True),
    F("6.1个百分点", 6.1, "个百分点", **XB, M="拉动规上工业产值增长", C=True),
    F("577.3亿元", 57730000000, "元", **XB, M="智慧能源产业产值"),
    F("503.1亿元", 50310000000, "元", **XB, M="高端智能装备制造产业产值"),
    F("500亿元", 50000000000, "元", **XB, M="产业产值台阶"),
    F("503家", 503, "家", **XB, M="产值超亿元工业企业"),
    F("13家", 13, "家", **XB, M="产值超亿元工业企业同比增加", C=True),
    F("3357.5亿元", 335750000000, "元", **XB, M="产值超亿元工业企业产值"),
    F("11.2%", 11.2, "%", **XB, M="产值超亿元工业企业产值同比增长", C=True),
    F("345.5亿元", 34550000000, "元", **XB, M="利润总额"),
    F("18.4%", 18.4, "%", **XB, M="利润总额同比增长", C=True),
    F("超50亿元", 5000000000, "元", **XB, M="单体产值门槛"),
    F("10家", 10, "家", **XB, M="单体产值超50亿元企业"),
    F("超百亿", 10000000000, "", **XB, M="单体产值门槛"),
    F("4家", 4, "家", **XB, M="单体产值超百亿企业"),
]
DATES = [D("2024-01-31", "2024-01-31")] + [D("2023年", "2023")] * 2
EXCLUDE = []
