# kangbaishun.com (content farm, `以车会友` channel) copy of a zone-observation series piece: crumbs ending with the
# headline, the headline line again, `发布时间` (clock no figure). The stored text breaks off in the 一汽旗新动力
# paragraph: cut after the one before (so 一汽旗新动力(长春)科技有限公司 fell in the cut tail). Published 2025-09-29.
# Title: `深培沃土万木兴`, without the series label `长春汽开区高质量发展观察 | ` (GUIDE: not the series tag).
# Zone: 长春汽车经济技术开发区 with its bracketed short name `长春汽开区` (primary). Companies (short): 中国一汽,
# 奥迪一汽新能源公司 (`…公司` without 有限, heldout16), 奥迪 (the carmaker whose first Chinese EV base and record it is).
# Figures: `12万平方米`, `824台`, `300余套`, `574个`, `100%` four times, durations `80天`, `3周`; `数百台` is vague,
# `每两分钟`, `一个月` small Chinese counts. The base's figures are 奥迪一汽新能源公司's, at the page's month.
PUBLISHED = "2025-09-29"
PUBLISHED_INFERRED = False
CC = "长春汽车经济技术开发区"
AD = "奥迪一汽新能源公司"
EK = dict(S=AD, K="enterprise")
NOW = "2025-09"
ARTICLES = [A("深培沃土万木兴", CC)]
ZONES = [Z(CC, ["长春汽车经济技术开发区", "长春汽开区"])]
ENTERPRISES = [E("中国一汽", kind="short"), E(AD, kind="short"), E("奥迪", kind="short")]
FIGURES = [
    F("12万平方米", 120000, "平方米", **EK, M="总装车间面积", P=None),
    F("824台", 824, "台", **EK, M="焊装车间机器人", P=NOW),
    F("100%", 100, "%", **EK, M="焊接自动化", P=NOW),
    F("300余套", 300, "套", **EK, M="高精度拧紧设备", P=NOW),
    F("574个", 574, "个", **EK, M="关键螺栓点位", P=None),
    F("100%", 100, "%", **EK, M="使用绿电", P=NOW),
    F("100%", 100, "%", **EK, M="生产废弃物回收", P=NOW),
    F("100%", 100, "%", **EK, M="生产及生活废水循环利用", P=NOW),
    F("80天", 80, "天", **EK, M="从立项到全面开工", P=None),
    F("3周", 3, "周", **EK, M="焊装车间首台白车身下线耗时", P=None),
]
DATES = [D("2025-09-29", "2025-09-29")]
EXCLUDE = ["10:10:15"]
