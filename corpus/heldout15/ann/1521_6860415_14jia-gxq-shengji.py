# bdf.6860415.cn (a lighting-fixture maker's spam-framed site, `格栅灯厂家`, `技术资讯` page): hotline furniture with a
# placeholder phone `010-00000000` (no figure), crumbs, headline with the tag `-【新闻】` (no part of the title),
# printed `发布时间:2021-05-24 08:01:28` (the repost's own stamp: published as printed; clock no figure), empty
# `阅读:`. The headline is glued again before the lead (one title; its figures/dates count at each occurrence). The
# trailing link widgets (`网带输送机批发`, …) were cut.
# Zones: `长治、锦州、连云港等14家省级高新区` is a list ending with the zone word → 长治高新区, 锦州高新区, 连云港高新区,
# each coordinated (GUIDE); 长治 is also named in full (`长治高新技术产业开发区`, a variant). `国家高新区` is the class.
# No companies. Headline years are dates (heldout7): `2015年` ×2; `2015年2月5日`.
PUBLISHED = "2021-05-24"
PUBLISHED_INFERRED = False
GX = dict(S="国家高新区", K="other")
D5 = "2015-02-05"
ARTICLES = [A("2015年首批14家高新区升级为国家高新技术产业开发区", None)]
ZONES = [
    Z("长治高新区", ["长治", "长治高新技术产业开发区"], coordinated=True),
    Z("锦州高新区", ["锦州"], coordinated=True),
    Z("连云港高新区", ["连云港"], coordinated=True),
]
ENTERPRISES = []
FIGURES = [
    F("14家", 14, "家", **GX, M="首批升级高新区", P=D5),
    F("14家", 14, "家", **GX, M="首批升级高新区", P=D5),
    F("14家", 14, "家", **GX, M="升级省级高新区", P=D5),
    F("129家", 129, "家", **GX, M="国家高新区总数", P="2015-02"),
]
DATES = [
    D("2015年", "2015"),
    D("2021-05-24", "2021-05-24"),
    D("2015年", "2015"),
    D("2015年2月5日", D5),
]
EXCLUDE = ["010-00000000", "08:01:28"]
