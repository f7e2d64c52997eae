# epaper.cbt.com.cn (中华工商时报 digital edition, page 4): a report on the 2023 新经济企业TOP500 list. Menus, the
# `出版日期: 2024-01-16` and `2024-01-16 第04版` lines, kicker and byline kept; the stored text breaks off in the
# 省份 paragraph (`广东入榜企`): cut after the 城市分布 paragraph. Published printed 2024-01-16 (not inferred).
# Title: the main headline only; the kicker `《2023中国新经济企业TOP500发展报告》显示:` is no part of it (GUIDE).
# No zone (北京市昌平区 is a district). Companies (all short, named bare): 北京银行 (a bank, GUIDE), 腾讯, 抖音 (used as a
# ranked company, like GUIDE's 今日头条), 阿里 (twice, one entry), 宁德时代, 华为, 比亚迪. Not enterprises: 中国企业评价协会,
# 中国上市公司协会 (associations), 北京市昌平区人民政府, 中华工商时报 (media).
# Figures: `字数:1725` is a quantity written with digits (GUIDE's letter; no unit printed → ""); `第04版` an ordinal,
# `TOP500`/`500强` list names, the report title's `2023` part of a document name (no date). `超过1000亿元` (twice) are
# thresholds (heldout16: thresholds with a numeral are figures; approx by 超过). `12家、10家、7家、5家` are four figures.
# Facts: list statistics carry no stated period (null, heldout16) except the paragraph opened by `2023年,` (2023).
PUBLISHED = "2024-01-16"
PUBLISHED_INFERRED = False
L = dict(S="新经济企业TOP500榜单", K="other")
L23 = dict(L, P="2023")
ARTICLES = [A("先进制造业成现代产业体系中坚力量", None)]
ZONES = []
ENTERPRISES = [E("北京银行", kind="short"), E("腾讯", kind="short"), E("抖音", kind="short"), E("阿里", kind="short"),
               E("宁德时代", kind="short"), E("华为", kind="short"), E("比亚迪", kind="short")]
FIGURES = [
    F("1725", 1725, "", M="字数"),
    F("333家", 333, "家", **L, M="先进制造业企业上榜"),
    F("361亿元", 36100000000, "元", **L, M="先进制造业企业平均营业收入"),
    F("704亿元", 70400000000, "元", **L, M="先进制造业企业平均市/估值"),
    F("28家", 28, "家", **L, M="营业收入超过1000亿元企业"),
    F("超过1000亿元", 100000000000, "元", **L, M="营业收入"),
    F("43家", 43, "家", **L, M="市/估值超过1000亿元企业"),
    F("超过1000亿元", 100000000000, "元", **L, M="市/估值"),
    F("106家", 106, "家", **L23, M="新晋企业"),
    F("65家", 65, "家", **L23, M="新晋先进制造业企业"),
    F("61.3%", 61.3, "%", **L23, M="先进制造业占比"),
    F("15家", 15, "家", **L23, M="新晋互联网与现代信息技术服务企业"),
    F("14.2%", 14.2, "%", **L23, M="互联网与现代信息技术服务占比"),
    F("11家", 11, "家", **L23, M="新晋新型生活性服务活动企业"),
    F("10.4%", 10.4, "%", **L23, M="新型生活性服务活动占比"),
    F("78家", 78, "家", **L23, M="新晋民营企业"),
    F("73.6%", 73.6, "%", **L23, M="民营企业占比"),
    F("28家", 28, "家", **L23, M="新晋国有企业"),
    F("26.4%", 26.4, "%", **L23, M="国有企业占比"),
    F("19家", 19, "家", S="北京", K="other", P="2023", M="新晋企业"),
    F("12家", 12, "家", S="上海", K="other", P="2023", M="新晋企业"),
    F("10家", 10, "家", S="深圳", K="other", P="2023", M="新晋企业"),
    F("7家", 7, "家", S="杭州", K="other", P="2023", M="新晋企业"),
    F("5家", 5, "家", S="苏州", K="other", P="2023", M="新晋企业"),
]
DATES = [D("2024-01-16", "2024-01-16"), D("2024-01-16", "2024-01-16"), D("2023年", "2023")]
EXCLUDE = ["第04版", "《2023中国新经济企业TOP500发展报告》", "TOP500", "500强"]
