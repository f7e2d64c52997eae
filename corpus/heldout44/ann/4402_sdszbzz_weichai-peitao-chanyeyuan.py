# sdszbzz.com (山东省装备制造业协会 site) repost of a 大众日报 item; the date/poster line kept; the site footer (copyright
# and ICP number) after the editor line is cut. `7月13日` takes the printed 2019.
# Zone: 潍坊高新区 (primary). 潍柴国际配套产业园 is a park (no zone); `万亿级` is a size class (no figure).
# Companies: the four foreign suppliers as printed with their country (德国克诺尔, 瑞士泰科, 意大利索菲玛, 韩国盛达; short);
# 潍柴 (short) is named as a firm three times (`潍柴成长为万亿级企业`, `潍柴各大供应商`, `与潍柴的合作关系`); the group name
# 潍柴集团, printed only inside the policy title, is its variant (a group name plainly used for the company, heldout16).
# Facts: the park's size, investment and plans are the park's (subject 潍柴国际配套产业园, other); signing on 7月13日;
# 预计/规划 → targets; the park's totals carry no period.
PUBLISHED = "2019-07-15"
PUBLISHED_INFERRED = False
WF = "潍坊高新区"
PK = dict(S="潍柴国际配套产业园", K="other")
ARTICLES = [A("潍柴国际配套产业园开建总投资超2000亿元", WF)]
ZONES = [Z(WF, [WF])]
ENTERPRISES = [E("德国克诺尔", kind="short"), E("瑞士泰科", kind="short"), E("意大利索菲玛", kind="short"),
               E("韩国盛达", kind="short"), E("潍柴", ["潍柴集团"], kind="short")]
FIGURES = [
    F("超2000亿元", 200000000000, "元", **PK, M="总投资", P=None),
    F("20家", 20, "家", **PK, M="签约入园企业", P="2019-07-13"),
    F("10个", 10, "个", S="潍坊市", K="other", M="重大项目", P=None),
    F("3万亩", 30000, "亩", **PK, M="总占地", P=None),
    F("2000亿元以上", 200000000000, "元", **PK, M="总投资", P=None),
    F("5000亿元以上", 500000000000, "元", **PK, M="年产值", P=None, T=True),
    F("300亿元以上", 30000000000, "元", **PK, M="税收", P=None, T=True),
    F("500家以上", 500, "家", **PK, M="引进企业", P=None, T=True),
]
DATES = [D("2019-07-15", "2019-07-15"), D("7月13日", "2019-07-13", inferred=True)]
EXCLUDE = []
