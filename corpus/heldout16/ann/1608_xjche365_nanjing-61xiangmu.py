# sale.xjche365.com (car-dealer portal, `关注` channel) copy of a 界面新闻/新华社 item; crumbs and the date/source
# line glued to the headline line kept; printed `2023-02-04 18:33:06` (clock no figure). The stored `关键词/相关阅读/
# 热点/图片` widgets after the source line are cut. The aggregator's clickbait prefix `焦点消息!` is no part of the
# title (as heldout10's forum tag). The ceremony's year `2023年南京市重大招商项目签约活动` is a date (heldout10);
# `2月4日` → 2023-02-04. No zone (南京 a city).
# Companies heading their project names are short entries (heldout10): 中电建 (中电建华东区域总部), 一鲨科技
# (一鲨科技总部项目), 中储粮 (中储粮江苏总部); 旺旺集团 (group; 旺旺集团中国区投资总部). Headline figures count again.
PUBLISHED = "2023-02-04"
PUBLISHED_INFERRED = False
NJ = dict(S="南京", K="other")
D4 = "2023-02-04"
ARTICLES = [A("江苏南京:61个重大项目集中签约 总投资超800亿元", None)]
ZONES = []
ENTERPRISES = [E("中电建", kind="short"), E("一鲨科技", kind="short"), E("中储粮", kind="short"), E("旺旺集团", kind="group")]
FIGURES = [
    F("61个", 61, "个", **NJ, M="重大项目集中签约", P=D4),
    F("超800亿元", 80000000000, "元", **NJ, M="签约项目总投资", P=D4),
    F("61个", 61, "个", **NJ, M="重大项目集中签约", P=D4),
    F("超800亿元", 80000000000, "元", **NJ, M="签约项目总投资", P=D4),
    F("681.498亿元", 68149800000, "元", **NJ, M="内资项目投资总额", P=D4),
    F("12.62亿元", 1262000000, "元", **NJ, M="内资单个项目平均投资额", P=D4),
    F("18.14亿美元", 1814000000, "美元", **NJ, M="外资项目投资总额", P=D4),
    F("2.59亿美元", 259000000, "美元", **NJ, M="外资单个项目平均投资额", P=D4),
    F("62.7%", 62.7, "%", **NJ, M="先进制造业投资额占比", P=D4),
    F("35.6%", 35.6, "%", **NJ, M="现代服务业投资额占比", P=D4),
    F("10个", 10, "个", **NJ, M="软件和信息服务、智能电网项目", P=D4),
    F("7个", 7, "个", **NJ, M="集成电路、生物医药项目", P=D4),
    F("22个", 22, "个", **NJ, M="智能制造、新能源汽车等潜力产业项目", P=D4),
    F("10余个", 10, "个", **NJ, M="产业新赛道项目", P=D4),
    F("8个", 8, "个", **NJ, M="总部类项目", P=D4),
]
DATES = [D("2023-02-04", D4), D("2023年", "2023"), D("2月4日", D4, inferred=True)]
EXCLUDE = ["18:33:06"]
