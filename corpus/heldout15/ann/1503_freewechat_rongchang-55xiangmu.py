# freewechat.com (mirror of a WeChat account of 重庆荣昌区 media), furniture `查看原文`/`其他` kept; the tag `【头条】`
# is no part of the title. No printed date: the story's `12月23日` with `2021年第四季度` gives 2021-12 (inferred).
# A photo caption repeats the lead's date and quarter (each occurrence counts). The stored text breaks off in the
# paragraph after `卢红强调`: cut after the last complete paragraph (the subhead line `卢红强调` dropped with it).
# Zone 荣昌高新区 (named only in an official's title); the signing is the district's (`我区`) → primary null.
# No companies named. `超200亿元` (headline) and `202.79亿元` are 荣昌's signed amount; `亿元以上项目` (no numeral)
# no figure. `2021年第四季度` is the signing event's quarter → a date (heldout7/10), at each occurrence.
PUBLISHED = "2021-12"
PUBLISHED_INFERRED = True
RC = "荣昌"
D23 = "2021-12-23"
Q4 = ("2021-10", "2021-12")
Y = 100000000
ARTICLES = [A("揽金超200亿元!荣昌集中签约55个项目", None)]
ZONES = [Z("荣昌高新区", ["荣昌高新区"])]
ENTERPRISES = []
FIGURES = [
    F("超200亿元", 200*Y, "元", S=RC, K="other", M="集中签约合同投资金额", P=D23),
    F("55个", 55, "个", S=RC, K="other", M="集中签约项目", P=D23),
    F("55个", 55, "个", S=RC, K="other", M="集中签约亿元以上项目", P=D23),
    F("202.79亿元", 202.79*Y, "元", S=RC, K="other", M="合同投资金额", P=D23),
]
DATES = [
    D("12月23日", D23, inferred=True),
    D("2021年第四季度", Q4[0], Q4[1]),
    D("12月23日", D23, inferred=True),
    D("2021年第四季度", Q4[0], Q4[1]),
]
EXCLUDE = []
