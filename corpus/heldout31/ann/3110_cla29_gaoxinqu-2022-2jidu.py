# cla29.com (site carrying a district statistics page) copy of a high-tech zone's quarterly industry report; the stored
# text breaks off in `三、下一步建议`: cut after `(二)当前统计工作形势严峻。`. No printed date; the text gives only the
# year (`2022年上半年`) → published 2022 (inferred).
# No zone entry: the report says only `高新区`/`全区` and never names its place (GUIDE zones are named; a canonical
# `<place>高新区` cannot be formed). Subject of every figure: `高新区` as printed (other). No company.
# Dates: the headline's `2022年2季度` (the report's period, not a cited document name) → 2022-04..2022-06;
# `2022年上半年` → 2022-01..2022-06; `2019年`; `1-6月` at each of its three mentions (year-inferred). `今年` bare no date.
# Figures: `六成以上` → 60 % approx (X成); `分别增长60.1%、58.0%、271.5%` three figures (each prints its %);
# `拉动…提升X个百分点` are changes; `高于…X个百分点` gaps (change false); `第一` a rank. Period 2022-01..2022-06.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
H1 = ("2022-01", "2022-06")
G = dict(S="高新区", K="other", P=H1)
ARTICLES = [A("高新区2022年2季度产业发展报告", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("19.0%", 19, "%", **G, M="规模以上工业增加值同比增长", C=True),
    F("48.3%", 48.3, "%", **G, M="规模以上工业增加值比2019年增长", C=True),
    F("21.8%", 21.8, "%", **G, M="规模以上工业增加值两年平均增长", C=True),
    F("11.5个百分点", 11.5, "个百分点", **G, M="增速高于全市"),
    F("六成以上", 60, "%", **G, M="行业增长面"),
    F("15个", 15, "个", **G, M="行业大类"),
    F("9个", 9, "个", **G, M="增加值正增长行业"),
    F("60%", 60, "%", **G, M="增长面"),
    F("734.1%", 734.1, "%", **G, M="计算机、通信和其他电子设备制造业增加值增长", C=True),
    F("56.4%", 56.4, "%", **G, M="非金属矿物制品业增加值增长", C=True),
    F("22.3个百分点", 22.3, "个百分点", **G, M="拉动工业增加值增幅提升", C=True),
    F("60.3%", 60.3, "%", **G, M="装备制造业增加值同比增长", C=True),
    F("19.1个百分点", 19.1, "个百分点", **G, M="装备制造业拉动工业增加值增幅提升", C=True),
    F("81.8%", 81.8, "%", **G, M="锂电产业增加值同比增长", C=True),
    F("62.8个百分点", 62.8, "个百分点", **G, M="锂电产业增速高于规上工业增加值"),
    F("66.5%", 66.5, "%", **G, M="锂电产业对工业增加值的贡献率"),
    F("49.1%", 49.1, "%", **G, M="高技术制造业增加值同比增长", C=True),
    F("30.1个百分点", 30.1, "个百分点", **G, M="高技术制造业增速高于工业增加值"),
    F("60.1%", 60.1, "%", **G, M="新一代信息技术增加值增长", C=True),
    F("58.0%", 58, "%", **G, M="高端装备增加值增长", C=True),
    F("271.5%", 271.5, "%", **G, M="新能源新材料增加值增长", C=True),
]
DATES = [D("2022年2季度", "2022-04", "2022-06"), D("2022年上半年", "2022-01", "2022-06"), D("2019年", "2019")] + \
        [D("1-6月", "2022-01", "2022-06", inferred=True)] * 3
EXCLUDE = []
