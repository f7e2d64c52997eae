# hjxtv.com (合江新闻网, `媒体关注` channel) copy of a 川观新闻 feature; crumbs, the counter/source/date line
# `0 川观新闻 2022年05月12日` (counter no figure), the byline, the feature's `●打卡…` fact lines and two photo
# captions that repeat the headline with `第 1 张`/`第 2 张` (image numbers, no figures) kept. The stored text broke
# off in the 观景台 paragraph; cut after the last complete paragraph.
# Title: the headline without the series tag `打卡新地标⑧|` (GUIDE); the captions' repeats are no second article.
# Zone: 宜宾三江新区 with `三江新区` (…新区; primary; `东部产业园` is a park inside it). Companies: 四川时代 and its parent
# 宁德时代 (`全资子公司`: two companies, both short). No figures: `三四批`, `五六批`, `十期`, `一至二期` are small
# Chinese counts or phase numbers; `“1+6”产业生态圈` a slogan. `5月9日` twice → 2022-05-09; `2019年` twice (caption
# and body).
PUBLISHED = "2022-05-12"
PUBLISHED_INFERRED = False
SJ = "宜宾三江新区"
ARTICLES = [A("宜宾建设“动力电池之都”,这家企业正在成为新地标", SJ)]
ZONES = [Z(SJ, [SJ, "三江新区"])]
ENTERPRISES = [E("四川时代", kind="short"), E("宁德时代", kind="short")]
FIGURES = []
DATES = [D("2022年05月12日", "2022-05-12"), D("5月9日", "2022-05-09", inferred=True),
         D("5月9日", "2022-05-09", inferred=True), D("2019年", "2019"), D("2019年", "2019")]
EXCLUDE = ["0 川观新闻", "“1+6”", "第 1 张", "第 2 张"]
