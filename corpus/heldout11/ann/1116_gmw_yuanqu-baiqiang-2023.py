# digital.gmw.cn (光明网, national media) 数字化 channel: share-widget lines, `正在阅读:` line and crumbs kept; the
# headline stored twice is one title (its `54个` counts at each occurrence, as does the section head `千亿级园区已达
# 54个`). Printed `来源:光明网2023-07-05 16:45` (clock excluded); `7月5日` year inferred. Cut after the last complete
# paragraph (the next section broke off). The list and report names `2023年园区高质量发展百强`, `《2023园区…报告》`
# carry no date (heldout10: an evaluation round's year is none). No single zone is named (国家高新区, 国家级经开区
# are classes). 赛迪顾问 is a company (its 园区经济研究中心 publishes the report): short. `超千亿元` / `千亿级` are
# milestones/size classes without a numeral (no figures, as 1103); `超1000亿元`-style thresholds with numerals are.
# `席` counted by hand as a count.
PUBLISHED = "2023-07-05"
PUBLISHED_INFERRED = False
BQ = dict(S="园区高质量发展百强", K="other")
GX = dict(S="国家高新区", K="other")
JK = dict(S="国家级经开区", K="other")
ARTICLES = [A("2023年园区高质量发展百强名单发布 千亿级园区达54个", None)]
ZONES = []
ENTERPRISES = [E("赛迪顾问", kind="short")]
FIGURES = [
    F("54个", 54, "个", **BQ, M="千亿级园区"),
    F("54个", 54, "个", **BQ, M="千亿级园区"),
    F("54个", 54, "个", **BQ, M="生产总值超千亿元园区"),
    F("67个", 67, "个", **BQ, M="高新技术企业超300家园区"),
    F("超300家", 300, "家", **BQ, M="高新技术企业数量"),
    F("49个", 49, "个", **BQ, M="进出口额超500亿元园区"),
    F("超500亿元", 50000000000, "元", **BQ, M="进出口额"),
    F("54个", 54, "个", **BQ, M="千亿级园区"),
    F("54个", 54, "个", **BQ, M="生产总值超过1000亿元园区"),
    F("超过1000亿元", 100000000000, "元", **BQ, M="生产总值"),
    F("6个", 6, "个", **BQ, M="生产总值超过1000亿元园区", C=True),
    F("67个", 67, "个", **BQ, M="高新技术企业超过300家园区"),
    F("超过300家", 300, "家", **BQ, M="高新技术企业数量"),
    F("2个", 2, "个", **BQ, M="高新技术企业超过300家园区", C=True),
    F("49个", 49, "个", **BQ, M="进出口额超过500亿元园区"),
    F("超过500亿元", 50000000000, "元", **BQ, M="进出口额"),
    F("9个", 9, "个", **BQ, M="进出口额超过500亿元园区", C=True),
    F("52席", 52, "席", kind="count", **GX, M="百强席位"),
    F("48席", 48, "席", kind="count", **JK, M="百强席位"),
    F("52家", 52, "家", **GX, M="入榜国家高新区"),
    F("379336亿元", 37933600000000, "元", **GX, M="企业营业收入"),
    F("77%", 77, "%", **GX, M="企业营业收入占比"),
    F("92714家", 92714, "家", **GX, M="高新技术企业数量"),
    F("81%", 81, "%", **GX, M="高新技术企业数量占比"),
    F("15295亿元", 1529500000000, "元", **GX, M="上缴税费"),
    F("72%", 72, "%", **GX, M="上缴税费占比"),
    F("42264亿元", 4226400000000, "元", **GX, M="出口额"),
    F("81%", 81, "%", **GX, M="出口额占比"),
    F("48家", 48, "家", **JK, M="入榜国家级经开区"),
    F("63403亿元", 6340300000000, "元", **JK, M="生产总值"),
    F("46%", 46, "%", **JK, M="生产总值占比"),
    F("386亿美元", 38600000000, "美元", **JK, M="实际利用外资"),
    F("56%", 56, "%", **JK, M="实际利用外资占比"),
    F("11745亿元", 1174500000000, "元", **JK, M="税收收入"),
    F("53%", 53, "%", **JK, M="税收收入占比"),
    F("30396亿元", 3039600000000, "元", **JK, M="出口额"),
    F("60%", 60, "%", **JK, M="出口额占比"),
]
DATES = [D("2023-07-05", "2023-07-05"), D("7月5日", "2023-07-05", inferred=True)]
EXCLUDE = ["2023年园区高质量发展百强", "2023园区", "16:45"]
