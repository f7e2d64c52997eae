# bbs.forexistentialist.com (spam content farm, `娱乐` channel, `作者:狼虫虎豹网 来源:知识`) copy of a 澎湃新闻 story in
# which the farm has spliced stray words into the sentences (`发布北京科技园区、中关浙皖上海张江…`, `村居`, `近分江苏、
# 百强榜单浙江`), all kept as stored; the teaser paragraph repeats the lead. Printed `2025-07-07 08:58:43` (the farm's
# date, the story is of 2022; published as printed, heldout16's 1609; clock no figure; the widget
# `我要评论(0)` is furniture, no figure). The stored text breaks off
# in the `赛迪顾问…认为` paragraph: cut after the one before.
# Zones: 中关村 (headline; the body's `北京科技园区`/`中关浙皖` are splice-garbled and name no zone), 上海张江高新区
# (`上海张江高新技术产业开发区`), 深圳高新区 (`深圳市高新技术产业园区`, the national zone's official name: same rank,
# counted), 苏州工业园区, 武汉东湖高新区 (`武汉东湖开发区`), 成都高新区, 西安高新区. `53家国家级高新区`/`47家国家级经开区`
# are generic. primary_zone null (a ranking of many zones).
# Enterprise: 赛迪顾问 (short; the consultancy company, `从赛迪顾问获悉`; its 园区经济研究中心 a centre). 澎湃新闻 (media)
# and 工信部中国电子信息产业发展研究院 (an institute) are none.
# Figures: `近三分之一` (headline) and `三分之一` (body; 几乎 is no approx word) are spelled fractions → 0.333333 ratio
# (heldout16's `约三分之二`); `超千亿元` → 1000亿元 approx (heldout16 NEW); `300家以上`, `超过500亿元` thresholds;
# ranks (`一二三位`, `第四`, `第六`, `第七`, `第十位`) no figures. Dates: `8月10日` (2×) → 2022-08-10, year from the
# report's name (inferred); the years inside `《2022年园区高质量发展百强研究报告》` and the list name
# `园区高质量发展百强(2022)` are no dates (GUIDE). Facts: the list's numbers take `百强园区`, period 2022 (the list's
# edition).
PUBLISHED = "2025-07-07"
PUBLISHED_INFERRED = False
BQ = dict(S="百强园区", K="other", P="2022")
ARTICLES = [A("百强园区榜单发布:中关村居首,苏浙皖三省占近三分之一", None)]
ZONES = [Z("中关村", ["中关村"]), Z("上海张江高新区", ["上海张江高新技术产业开发区"]),
         Z("深圳高新区", ["深圳市高新技术产业园区"]), Z("苏州工业园区", ["苏州工业园区"]),
         Z("武汉东湖高新区", ["武汉东湖开发区"]), Z("成都高新区", ["成都高新区"]), Z("西安高新区", ["西安高新区"])]
ENTERPRISES = [E("赛迪顾问", kind="short")]
FIGURES = [
    F("近三分之一", 0.333333, "", kind="ratio", S="苏浙皖三省", K="other", M="占百强园区", P="2022"),
    F("53家", 53, "家", **BQ, M="国家级高新区入榜"),
    F("47家", 47, "家", **BQ, M="国家级经开区入榜"),
    F("53家", 53, "家", **BQ, M="国家级高新区入榜"),
    F("47家", 47, "家", **BQ, M="国家级经开区入榜"),
    F("32个", 32, "个", S="江苏、浙江、安徽三省", K="other", M="园区上榜", P="2022"),
    F("三分之一", 0.333333, "", kind="ratio", S="江苏、浙江、安徽三省", K="other", M="占百强园区", P="2022"),
    F("19席", 19, "席", kind="count", S="江苏", K="other", M="上榜园区", P="2022"),
    F("9席", 9, "席", kind="count", S="浙江", K="other", M="上榜园区", P="2022"),
    F("4席", 4, "席", kind="count", S="安徽", K="other", M="上榜园区", P="2022"),
    F("超千亿元", 100000000000, "元", **BQ, M="GDP"),
    F("48个", 48, "个", **BQ, M="GDP超千亿元的园区"),
    F("300家以上", 300, "家", **BQ, M="高新技术企业"),
    F("65个", 65, "个", **BQ, M="高新技术企业在300家以上的园区"),
    F("超过500亿元", 50000000000, "元", **BQ, M="进出口额"),
    F("40个", 40, "个", **BQ, M="进出口额超过500亿元的园区"),
    F("53家", 53, "家", **BQ, M="入榜国家级高新区"),
    F("334773亿元", 33477300000000, "元", S="入榜的53家国家级高新区", K="other", M="企业营收总额", P="2022"),
    F("78%", 78, "%", S="入榜的53家国家级高新区", K="other", M="占所有国家级高新区企业营业总收入", P="2022"),
    F("47家", 47, "家", **BQ, M="入榜国家级经开区"),
    F("318亿美元", 31800000000, "美元", S="47家国家级经开区", K="other", M="实际利用外资", P="2022"),
    F("52%", 52, "%", S="47家国家级经开区", K="other", M="占所有国家级经开区实际利用外资总额", P="2022"),
]
DATES = [D("2025-07-07", "2025-07-07"), D("8月10日", "2022-08-10", inferred=True), D("8月10日", "2022-08-10", inferred=True)]
EXCLUDE = ["08:58:43", "我要评论(0)", "《2022年园区高质量发展百强研究报告》", "百强2022)", "百强(2022)"]
