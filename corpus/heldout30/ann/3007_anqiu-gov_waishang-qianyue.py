# anqiu.gov.cn (安丘市 city government, `本市要闻`), a county-rank city's own news item; printed `发布时间:2020-02-26`;
# the `扫一扫` footer cut. The day is printed garbled as `225日` (2月25日 with 月 lost): a dated mention, given
# 2020-02-25 (year and month from the printed posting date 2020-02-26; year inferred).
# No zone. Companies: 德国莱曼天然食品集团公司 (…集团公司 without 有限: short, heldout16's …公司 rule; not `group`,
# which is for `…集团` alone), 潍坊佳禾食品有限公司 (registered). The project 佳禾药食同源保健品项目 is no company.
# Facts: the project's investment and revenue target belong to a joint project of two firms, so the subject is the
# printed entity `佳禾药食同源保健品项目` (other); the investment dated the signing day.
PUBLISHED = "2020-02-26"
PUBLISHED_INFERRED = False
PJ = dict(S="佳禾药食同源保健品项目", K="other")
ARTICLES = [A("我市组织收看省、潍坊市重点外商投资项目集中签约仪式视频会议", None)]
ZONES = []
ENTERPRISES = [E("德国莱曼天然食品集团公司", kind="short"), E("潍坊佳禾食品有限公司")]
FIGURES = [
    F("2000万美元", 20000000, "美元", **PJ, M="项目总投资", P="2020-02-25"),
    F("5亿元", 500000000, "元", **PJ, M="建成投产后年营业收入", P=None, T=True),
]
DATES = [D("2020-02-26", "2020-02-26"), D("225日", "2020-02-25", inferred=True)]
EXCLUDE = []
