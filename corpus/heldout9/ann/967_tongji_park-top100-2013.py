# news.tongji.edu.cn (university news site, `媒体聚焦`) reprinting a 新闻晨报 story (city paper), crumb kept, printed
# `时间:2013-12-31`, the story's source link kept as its last line (its digits are a URL: no figures/dates); cut before
# the site footer (address, phone, ICP numbers). Ranking and document names are not dates/figures: `2013百强`,
# `“2013中国产业园区持续发展蓝皮书”`, `100强` (×2, like TOP100), `百强榜`; ranks `第一`, `第三`, `前3名`, `第4位`.
# Zones: 中关村科技园 (×2) is 中关村 (its former formal name) → canonical 中关村; 上海张江高新技术产业开发区 (×2) →
# 上海张江高新区; 苏州工业园区. The article is about a ranking → primary_zone null. `约为71678亿元`: figure text without
# `约为`, approx by hand. Region counts: subject as printed (东部, 中部, 西部, 江苏省, 上海市). `昨天` is no date.
PUBLISHED = "2013-12-31"
PUBLISHED_INFERRED = False
T100 = "100强产业园区"
M100 = "进入百强榜产业园区"
ARTICLES = [A("新闻晨报:中国产业园区2013百强发布", None)]
ZONES = [Z("中关村", ["中关村科技园"]), Z("上海张江高新区", ["上海张江高新技术产业开发区"]), Z("苏州工业园区", ["苏州工业园区"])]
ENTERPRISES = []
FIGURES = [
    F("71678亿元", 7167800000000, "元", approx=True, S=T100, K="other", M="GDP总量", P=None),
    F("78%", 78, "%", S=T100, K="other", M="占国家级经济开发区和高新区GDP总量", P=None),
    F("58个", 58, "个", S="东部", K="other", M=M100, P=None),
    F("24个", 24, "个", S="中部", K="other", M=M100, P=None),
    F("18个", 18, "个", S="西部", K="other", M=M100, P=None),
    F("13家", 13, "家", S="江苏省", K="other", M=M100, P=None),
    F("5家", 5, "家", S="上海市", K="other", M=M100, P=None),
]
DATES = [D("2013-12-31", "2013-12-31")]
EXCLUDE = ["2013百强", "2013中国产业园区", "100强", "前3名", "第4位",
           "http://newspaper.jfdaily.com/xwcb/html/2013-12/31/content_1130941.htm"]
