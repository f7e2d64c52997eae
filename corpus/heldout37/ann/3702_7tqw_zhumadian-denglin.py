# 7tqw.com (aggregator) copy of a 河南日报客户端 item via 搜狐; the headline stored three times is one title, but each
# stored `8只` is its own figure (GUIDE: every occurrence). The `返回搜狐,查看更多` widget glued to the last paragraph
# and the `责任编辑/发布于` lines after it were cut. No printed date: `7月6日` with the list `2023年度河南省“瞪羚”企业名单`
# (a list name, no date, heldout16) → published 2023-07-06 (inferred). `只` is a counting classifier here (set by hand,
# heldout16). Companies: the eight gazelle firms, all short names (鹏辉电源 … 河南立马电动车). No zone (驻马店 is a city).
PUBLISHED = "2023-07-06"
PUBLISHED_INFERRED = True
ZM = dict(S="驻马店", K="other")
ARTICLES = [A("新增8只“瞪羚”!驻马店创新型企业梯队再添生力军", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in ["鹏辉电源", "弘康环保", "华腾重工", "驿展科技", "尚品食品", "豫邮金大地",
                                            "上海豪守(河南)食品", "河南立马电动车"]]
FIGURES = [
    F("8只", 8, "只", kind="count", **ZM, M="新增瞪羚企业", P="2023"),
    F("8只", 8, "只", kind="count", **ZM, M="新增瞪羚企业", P="2023"),
    F("8只", 8, "只", kind="count", **ZM, M="新增瞪羚企业", P="2023"),
    F("8家", 8, "家", **ZM, M="纳入全省瞪羚企业库企业", P="2023"),
    F("255家", 255, "家", **ZM, M="国家高新技术企业", P="2023-07"),
    F("464家", 464, "家", **ZM, M="国家科技型中小企业", P="2023-07"),
    F("7家", 7, "家", **ZM, M="国家专精特新小巨人企业", P="2023-07"),
    F("1家", 1, "家", **ZM, M="省级创新龙头企业", P="2023-07"),
    F("2家", 2, "家", **ZM, M="省级头雁企业", P="2023-07"),
    F("10家", 10, "家", **ZM, M="省级瞪羚企业", P="2023-07"),
    F("82家", 82, "家", **ZM, M="省级专精特新中小企业", P="2023-07"),
]
DATES = [D("7月6日", "2023-07-06", inferred=True)]
EXCLUDE = ["2023年度河南省“瞪羚”企业名单"]
