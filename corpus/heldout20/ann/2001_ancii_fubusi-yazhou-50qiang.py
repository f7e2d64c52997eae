# ancii.com (IT community site) repost of a 2017 Forbes Asia story; stored text headline + body, then a `相关推荐` block
# of user names and dates (2020-…) which is cut. No printed date: the issue is `2017年9月号` and the body's
# `北京时间9月13日晚` → published `2017-09` (inferred). `2017年9月` (the issue) is a date; the list name
# `2017亚洲最佳上市公司50强` holds neither a date nor a figure (list names, heldout16), nor does the headline's `50强`.
# Companies, all short as printed: 阿里巴巴 (`阿里` its short form, variant), 腾讯, 京东, 百度, 网易, 顺丰, 圆通, 美的,
# 云南白药, 海天味业. 《福布斯》 is media. No zone. `十三年来` is a span in years (no figure), `五年前` no figure.
# Facts: 市值/销售额 are each company's own; the list's figures (26家, 1694家) have the list as subject.
PUBLISHED = "2017-09"
PUBLISHED_INFERRED = True
AL = dict(S="阿里巴巴", K="enterprise")
TX = dict(S="腾讯", K="enterprise")
LIST = dict(S="2017亚洲最佳上市公司50强", K="other")
ARTICLES = [A("福布斯亚洲公司50强:中国大陆占一半,阿里领跑,腾讯第二", None)]
ZONES = []
ENTERPRISES = [E("阿里巴巴", ["阿里"], kind="short")] + [E(n, kind="short") for n in
               ["腾讯", "京东", "百度", "网易", "顺丰", "圆通", "美的", "云南白药", "海天味业"]]
FIGURES = [
    F("26家", 26, "家", **LIST, M="总部在中国大陆的上榜企业", P="2017"),
    F("3990亿美元", 399000000000, "美元", **AL, M="市值", P="2017"),
    F("3870亿美元", 387000000000, "美元", **TX, M="市值", P="2017"),
    F("235亿美元", 23500000000, "美元", **AL, M="销售额", P="2017"),
    F("229亿美元", 22900000000, "美元", **TX, M="销售额", P="2017"),
    F("超176美元", 176, "美元", **AL, M="股价", P="2017-09-13"),
    F("超4500亿美元", 450000000000, "美元", **AL, M="市值", P="2017-09-13"),
    F("1694家", 1694, "家", **LIST, M="筛选的上市公司", P="2017"),
]
DATES = [D("2017年9月", "2017-09"), D("9月13日", "2017-09-13", inferred=True)]
EXCLUDE = ["公司50强", "2017亚洲最佳上市公司50强"]
