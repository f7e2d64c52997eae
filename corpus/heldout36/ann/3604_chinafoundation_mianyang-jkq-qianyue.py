# chinafoundation.org.cn (content farm, `快讯` channel) copy of a 绵阳日报 story; crumbs and `(资料图片)` kept, the
# `关键词/图赏` widgets after the source line cut. Title: the headline without its clickbait prefix `当前资讯!`
# (heldout16's `焦点消息!`). Zone: 绵阳经开区 (primary), bare `经开区` (three times) a variant. `西部先进制造业示范区`
# is a goal the city builds toward, no named zone (no place, no administration): not entered. Companies:
# 四川华峻科技有限责任公司, 绵阳汇聚三江招商有限公司 (registered); 西南科技大学 (university) and 绵阳明道民营经济服务中心
# (centre) are not. Date: the campaign's year `2022年` (heldout16: an event's year is a date); published 2022
# (inferred, no printed date). `年产9万吨…覆膜材料` describes the company's planned capacity, not a project name:
# a figure (target). Signed amounts are no targets; the park's expected 年产值 is.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
MY = "绵阳经开区"
HJ = "四川华峻科技有限责任公司"
ZK = dict(S=MY, K="zone", P="2022")
ARTICLES = [A("实现产业集聚发展", MY)]
ZONES = [Z(MY, ["绵阳经开区", "经开区"])]
ENTERPRISES = [E(HJ), E("绵阳汇聚三江招商有限公司")]
FIGURES = [
    F("11个", 11, "个", **ZK, M="现场签约项目"),
    F("105.8亿元", 10580000000, "元", **ZK, M="签约金额"),
    F("6个", 6, "个", **ZK, M="精细化工产业园签约项目"),
    F("68亿元", 6800000000, "元", **ZK, M="精细化工产业园签约金额"),
    F("15亿元", 1500000000, "元", S=HJ, K="enterprise", M="投资", P="2022"),
    F("9万吨", 90000, "吨", S=HJ, K="enterprise", M="年产环氧树脂杂合涂装覆膜材料", P=None, T=True),
    F("80亿元", 8000000000, "元", S="精细化工产业园", K="other", M="年产值", P=None, T=True),
    F("2个", 2, "个", **ZK, M="招才引智项目"),
]
DATES = [D("2022年", "2022")]
