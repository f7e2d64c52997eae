# 0511ren.com (镇江 local forum, Discuz) thread reposting a 扬中 story; forum furniture kept (`查看: 2646|回复: 17`, the
# poster's `62 主题 / 2 回帖 / 329 积分`: counters, no figures, README) and the post time `2016-4-12 11:49:35` (published,
# printed). The stored text breaks off in the `在项目建设上` paragraph: cut after the `据悉` one.
# Dates: `一季度` at each of its five occurrences, `一季度以来` included (2016-01..2016-03, inferred). `十三五` a plan
# period, `今年以来` no date, `两个月` no figure.
# Zone: 扬中开发区 (…开发区; the bare `开发区` is its variant, heldout16's 余杭); primary. 中小企业园 a park.
# Companies: 尚昆集团, 星河集团 (group); 兴隆防腐, 荣德新能源, 通灵电器, 绿洲制衣 (short). `60强` is a list name (no figure).
# Q1 totals are estimates (`预计`) → target. `销售增长均超15%` holds for three firms: subject the first, 兴隆防腐.
PUBLISHED = "2016-04-12"
PUBLISHED_INFERRED = False
YZ = "扬中开发区"
Q1 = ("2016-01", "2016-03")
ZQ = dict(S=YZ, K="zone", P=Q1)
ARTICLES = [A("扬中开发区项目舞动经济开门红", YZ)]
ZONES = [Z(YZ, [YZ, "开发区"])]
ENTERPRISES = [E("尚昆集团", kind="group"), E("兴隆防腐", kind="short"), E("荣德新能源", kind="short"),
               E("通灵电器", kind="short"), E("星河集团", kind="group"), E("绿洲制衣", kind="short")]
FIGURES = [
    F("4300多万元", 43000000, "元", S="尚昆集团", K="enterprise", M="新增销售", P=Q1),
    F("1800多万元", 18000000, "元", S="兴隆防腐", K="enterprise", M="不锈钢酸洗槽项目销售"),
    F("5家", 5, "家", S="中小企业园", K="other", M="第一批入驻企业", P=Q1),
    F("3个", 3, "个", S="中小企业园", K="other", M="开工建设项目", P=Q1),
    F("23亿元", 2300000000, "元", **ZQ, M="工业销售", T=True),
    F("15.2亿元", 1520000000, "元", **ZQ, M="固定资产投资", T=True),
    F("5200万元", 52000000, "元", **ZQ, M="公共财政预算收入", T=True),
    F("17%", 17, "%", **ZQ, M="工业销售同比增长", C=True, T=True),
    F("47%", 47, "%", **ZQ, M="固定资产投资同比增长", C=True, T=True),
    F("36%", 36, "%", **ZQ, M="公共财政预算收入同比增长", C=True, T=True),
    F("18.8亿元", 1880000000, "元", **ZQ, M="“60强”企业销售"),
    F("81.6%", 81.6, "%", **ZQ, M="“60强”企业占全区工业销售总额比重"),
    F("47.6%", 47.6, "%", S="荣德新能源", K="enterprise", M="销售增长", P=Q1, C=True),
    F("57.2%", 57.2, "%", S="通灵电器", K="enterprise", M="销售增长", P=Q1, C=True),
    F("超15%", 15, "%", S="兴隆防腐", K="enterprise", M="销售增长", P=Q1, C=True),
]
DATES = [D("2016-4-12", "2016-04-12")] + [D("一季度", "2016-01", "2016-03", inferred=True)] * 5
EXCLUDE = ["查看: 2646|回复: 17", "62\n\n主题", "2\n\n回帖", "329\n\n积分", "积分\n329", "11:49:35", "60强"]
