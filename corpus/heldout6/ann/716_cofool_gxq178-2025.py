# licai.cofool.com repost of an 央视新闻 item (central media), printed `发布时间:2025-11-6 20:39`; `阅读:36` is a
# view counter (furniture). The stored page goes on into broker advertising teasers: cut after the story's
# paragraph. 国家高新区 is a category (no zone). `营收超亿元` (no numeral) is no figure; `十四五` a plan period.
PUBLISHED = "2025-11-06"
PUBLISHED_INFERRED = False
GX = "国家高新区"
ARTICLES = [A("工信部:178家国家高新区生产总值占全国GDP总数的14.3%", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("178家", 178, "家", S=GX, K="other", M="园区总数", P="2025"),
    F("14.3%", 14.3, "%", S=GX, K="other", M="生产总值占全国GDP总数", P=None),
    F("169家", 169, "家", S=GX, K="other", M="园区总数", P="2020"),
    F("178家", 178, "家", S=GX, K="other", M="园区总数", P="2025"),
    F("31个", 31, "个", S=GX, K="other", M="覆盖省级行政区域", P="2025"),
    F("178家", 178, "家", S=GX, K="other", M="园区总数", P="2025"),
    F("14.3%", 14.3, "%", S=GX, K="other", M="生产总值占全国GDP总数", P=None),
    F("4.3万家", 43000, "家", S=GX, K="other", M="营收超亿元的企业", P=None),
    F("70%", 70, "%", S=GX, K="other", M="聚集国家制造业创新中心", P=None),
    F("80%", 80, "%", S=GX, K="other", M="聚集全国重点实验室", P=None),
    F("50%左右", 50, "%", S=GX, K="other", M="企业研发经费投入、发明专利数占全国", P=None),
    F("33%", 33, "%", S=GX, K="other", M="汇聚全国高新技术企业", P=None),
    F("46%", 46, "%", S=GX, K="other", M="汇聚专精特新“小巨人”企业", P=None),
]
DATES = [D("2025-11-6", "2025-11-06"), D("2020年", "2020")]
