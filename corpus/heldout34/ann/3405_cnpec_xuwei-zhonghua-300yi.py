# cnpec.net (中华石化网, industry media), a 连云港 story; printed `2017-11-17` → published 2017-11-17; the view counter
# `244` is furniture (no figure). The body is stored as one line whose original paragraphs run together (caption
# lines inline); it breaks off in the `徐圩新区既是…` paragraph: cut after the paragraph ending `突破2000亿元。`.
# The headline keeps its stored space (`央企产业 园项目`). Zones: 徐圩新区 (`…新区`, primary) and
# 连云港国家东中西区域合作示范区 (`…示范区`, its 党工委 chairs the ceremony; kept as printed: 国家 is dropped only for
# 高新区 canonicals). Company: 中国中化集团公司 (`…公司` without 有限 → short, heldout16), with `中化集团` (group name
# used for it) and its former name `中国化工进出口总公司` as variants; 中化国际, 浙江卫星石化 (short). 国务院国资委 is a
# government body. `超过百亿元` (scale word with Chinese numeral) is a figure (heldout16's `超过千亿元`); `百亿级` a size
# class, `五大`, `四大`, `三大类`, `七大` small counts: none. `规划总投资` and `将突破` are targets; `一个项目就是300亿元`
# and the headline's amount are the project's stated size (no target word).
PUBLISHED = "2017-11-17"
PUBLISHED_INFERRED = False
XW = "徐圩新区"
ZH = "中国中化集团公司"
WX = "浙江卫星石化"
ZK = dict(S=ZH, K="enterprise")
ARTICLES = [A("连云港徐圩总投资300亿元央企产业 园项目开工建设", XW)]
ZONES = [Z(XW, [XW]), Z("连云港国家东中西区域合作示范区", ["连云港国家东中西区域合作示范区"])]
ENTERPRISES = [E(ZH, ["中化集团", "中国化工进出口总公司"], kind="short"), E("中化国际", kind="short"), E(WX, kind="short")]
FIGURES = [
    F("300亿元", 30000000000, "元", **ZK, M="中化精细化工循环经济产业园总投资"),
    F("300亿元", 30000000000, "元", **ZK, M="项目投资"),
    F("300亿元", 30000000000, "元", **ZK, M="项目投资"),
    F("300亿元", 30000000000, "元", **ZK, M="规划总投资", T=True),
    F("400万吨", 4000000, "吨", S=WX, K="enterprise", M="年产烯烃", T=True),
    F("300亿元", 30000000000, "元", S=WX, K="enterprise", M="总投资额", P="2017-09"),
    F("超过百亿元", 10000000000, "元", S=XW, K="zone", M="单个项目投资", P="2017"),
    F("3个", 3, "个", S=XW, K="zone", M="新签约入驻重大主导产业项目", P="2017"),
    F("2000亿元", 200000000000, "元", S=XW, K="zone", M="洽谈入驻的项目投资总额", T=True),
]
DATES = [D("2017-11-17", "2017-11-17"), D("1950年", "1950"), D("9月底", "2017-09", inferred=True)]
EXCLUDE = ["244"]
