# nantong.gov.cn (南通市工信局 site), county news column: crumbs before the headline, `来源: 通州区工信局 发布时间:2020-12-24
# 字体:[ ]` line → published printed. Whole as returned. Only dated mention: the printed date (`今年`, `全年` bare).
# Enterprises: companies heading project names are short entries (heldout10/16): 恒科 (恒科四期/二期/三期), 深南 (深南三期),
# 川崎机器人, 顺丰 (顺丰智慧电商产业园). `拓海产业供应链` may be a project name: no entry. No zone (通州 is a district;
# 产业链园/产业园 are parks).
# Figures: thresholds with a numeral are figures: `10亿元` (shares the `以上` of `及1亿美元以上`: approx set by hand),
# `1亿美元以上`; `千万美元以上` is a Chinese numeral with scale word (heldout16's NEW rule) → 10000000 美元 approx;
# `亿元及…`/`亿元以上` without numeral no figure; `百亿项目` a size class (as `千亿级`), no figure; `三大` small count.
# Facts: subject 通州 (other), period 2020 (今年/全年 of the 2020-12-24 page).
PUBLISHED = "2020-12-24"
PUBLISHED_INFERRED = False
TZ = dict(S="通州", K="other", P="2020")
ARTICLES = [A("通州聚焦项目强支撑打造培育增长新动能", None)]
ZONES = []
ENTERPRISES = [E("恒科", kind="short"), E("深南", kind="short"), E("川崎机器人", kind="short"), E("顺丰", kind="short")]
FIGURES = [
    F("千万美元以上", 10000000, "美元", **TZ, M="新签约项目投资门槛"),
    F("100个", 100, "个", **TZ, M="新签约亿元及千万美元以上项目"),
    F("10亿元", 1000000000, "元", approx=True, **TZ, M="大项目投资门槛"),
    F("1亿美元以上", 100000000, "美元", **TZ, M="大项目投资门槛"),
    F("25个", 25, "个", **TZ, M="10亿元及1亿美元以上大项目"),
    F("11个", 11, "个", **TZ, M="加快建设重大项目"),
    F("53个", 53, "个", **TZ, M="新开工亿元以上制造业项目"),
    F("49.1亿元", 4910000000, "元", **TZ, M="新开工制造业项目完成投资"),
]
DATES = [D("2020-12-24", "2020-12-24")]
EXCLUDE = []
