# paper.ce.cn (经济日报 e-paper, national paper), page furniture (`上一篇`, zoom links). The kicker
# `“四上”企业营收突破千亿元大关` is no part of the title (GUIDE). Cut after the last complete paragraph (`回首2023年`
# broke off). No printed date and only `2023年` reported as a whole year: published null (heldout10's 1005).
# Zone 银川经济技术开发区 (`银川经开区` given as its short name); `国家经济技术开发区` is the class. `千亿元大关`,
# `千亿新起点`, `千亿园区` are milestones/size classes without a numeral, no figures (heldout10's bare-兆 rule).
# Companies named bare are short entries; 顶新集团 a group. 蒙牛特仑苏 is printed as one name among the companies
# of a food cluster (蒙牛's 特仑苏 plant) and kept as printed, short. `全年预计` → target. The 陆海新通道 counts
# (12个国家, 50多个港口城市) have the corridor as an `other` subject.
PUBLISHED = None
PUBLISHED_INFERRED = True
YC = "银川经济技术开发区"
ZK = dict(S=YC, K="zone")
ARTICLES = [A("银川经开区:千亿新起点 扬帆再出发", YC)]
ZONES = [Z(YC, [YC, "银川经开区"])]
ENTERPRISES = [E("TCL中环", kind="short"), E("隆基绿能", kind="short"), E("晶盛机电", kind="short"),
               E("天通银厦", kind="short"), E("威力传动", kind="short"), E("巨能机器人", kind="short"),
               E("蒙牛特仑苏", kind="short"), E("沃福百瑞", kind="short"), E("顶新集团", kind="group"),
               E("同仁堂", kind="short"), E("舍弗勒", kind="short"), E("小巨人机床", kind="short")]
LH = dict(S="陆海新通道", K="other")
FIGURES = [
    F("超1120亿元", 112000000000, "元", **ZK, M="“四上”企业营业收入", P="2023", T=True),
    F("32.3%", 32.3, "%", **ZK, M="工业增加值", P="2023", C=True),
    F("20.9%", 20.9, "%", **ZK, M="固定资产投资", P="2023", C=True),
    F("19.1%", 19.1, "%", **ZK, M="一般公共预算收入", P="2023", C=True),
    F("12个", 12, "个", **LH, M="覆盖国家"),
    F("50多个", 50, "个", **LH, M="覆盖港口城市"),
    F("41.27%", 41.27, "%", **ZK, M="进出口总额", P="2023", C=True),
    F("27家", 27, "家", **ZK, M="新增有进出口实绩企业", P="2023", C=True),
]
DATES = [D("2023年", "2023")]
EXCLUDE = []
