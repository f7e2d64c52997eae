# liaoning.baitongwang.com (regional portal copy of 21世纪经济报道), printed `时间:2023-07-07 12:02:27` (clock no figure),
# `(资料图片)` placeholder and byline kept; the media name `21世纪经济报道` (twice) carries no figure. Cut after the chart
# caption `图:2023园区高质量发展百强` (the returned text broke off in the next paragraph). `7月5日` → 2023-07-05.
# The ranking's name `2023园区高质量发展百强` (headline, report title, caption) and its edition year (`2023年园区高质量
# 发展百强中` twice, `2023年百强园区`) are no dates (heldout8/9/10: an evaluation round's year is not); ranks
# `1-30名`/`71-100名` excluded; `百强`, `千亿级` size classes, no figures.
# Zones: `中关村科技园区、上海张江、深圳高新区三大头部高新区`, a list ending in a zone word → three coordinated zones
# (中关村; 上海张江高新区 with the printed `上海张江`; 深圳高新区). Bare `高新区`/`经开区` here are classes, no zones.
# Enterprise: 赛迪顾问 (short; its 园区经济研究中心 a centre of it). Thresholds with numerals (`超过1000亿元`, `超过300家`,
# `超过500亿元`) are figures; `较上年增长6个` changes; `17席` etc. counts (unit 席 by hand). No period is stated for the
# ranking's data (null).
PUBLISHED = "2023-07-07"
PUBLISHED_INFERRED = False
BQ = dict(S="百强园区", K="other")
ARTICLES = [A("2023园区高质量发展百强榜发布 全国千亿级园区已达54个", None)]
ZONES = [
    Z("中关村", ["中关村科技园区"], coordinated=True),
    Z("上海张江高新区", ["上海张江"], coordinated=True),
    Z("深圳高新区", ["深圳高新区"], coordinated=True),
]
ENTERPRISES = [E("赛迪顾问", kind="short")]
Y = 100000000
FIGURES = [
    F("54个", 54, "个", **BQ, M="千亿级园区", P=None),
    F("54个", 54, "个", **BQ, M="生产总值超过1000亿元的园区", P=None),
    F("超过1000亿元", 1000*Y, "元", **BQ, M="生产总值门槛", P=None),
    F("6个", 6, "个", **BQ, M="千亿级园区较上年增长", P=None, C=True),
    F("67个", 67, "个", **BQ, M="高新技术企业数量超过300家的园区", P=None),
    F("超过300家", 300, "家", **BQ, M="高新技术企业数量门槛", P=None),
    F("2个", 2, "个", **BQ, M="较上年增长", P=None, C=True),
    F("49个", 49, "个", **BQ, M="进出口额超过500亿元的园区", P=None),
    F("超过500亿元", 500*Y, "元", **BQ, M="进出口额门槛", P=None),
    F("9个", 9, "个", **BQ, M="较上年增长", P=None, C=True),
    F("52家", 52, "家", **BQ, M="高新区", P=None),
    F("48家", 48, "家", **BQ, M="经开区", P=None),
    F("17席", 17, "席", kind="count", **BQ, M="头部1-30名高新区", P=None),
    F("13席", 13, "席", kind="count", **BQ, M="头部1-30名经开区", P=None),
    F("18席", 18, "席", kind="count", **BQ, M="尾部71-100名经开区", P=None),
    F("12席", 12, "席", kind="count", **BQ, M="尾部71-100名高新区", P=None),
    F("30%", 30, "%", S="评价指标体系", K="other", M="科技创新和产业跃升指标权重", P=None),
    F("约10倍", 10, "倍", **BQ, M="入围高新区高新技术企业数量是入围经开区的倍数", P=None),
    F("14家", 14, "家", **BQ, M="其余高新区", P=None),
    F("13家", 13, "家", **BQ, M="经开区", P=None),
    F("近4.7倍", 4.7, "倍", **BQ, M="高新区与经开区差距", P=None),
    F("52家", 52, "家", **BQ, M="国家高新区", P=None),
    F("379336亿元", 379336*Y, "元", **BQ, M="国家高新区企业营业收入", P=None),
    F("77%", 77, "%", **BQ, M="占所有国家高新区企业营业收入", P=None),
    F("92714家", 92714, "家", **BQ, M="高新技术企业数量", P=None),
    F("81%", 81, "%", **BQ, M="占所有国家高新区高新技术企业数量", P=None),
    F("15295亿元", 15295*Y, "元", **BQ, M="上缴税费", P=None),
    F("72%", 72, "%", **BQ, M="占所有国家高新区上缴税费", P=None),
    F("42264亿元", 42264*Y, "元", **BQ, M="出口额", P=None),
    F("81%", 81, "%", **BQ, M="占所有国家高新区出口额", P=None),
]
DATES = [D("2023-07-07", "2023-07-07"), D("7月5日", "2023-07-05", inferred=True)]
EXCLUDE = ["12:02:27", "21世纪", "2023园区高质量发展百强", "2023年园区高质量发展百强", "2023年百强园区", "1-30名",
           "71-100名"]
