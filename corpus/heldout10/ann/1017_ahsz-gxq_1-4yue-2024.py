# gxq.ahsz.gov.cn (a 宿州 high-tech zone administration site), a monthly economic analysis. No printed date; the text
# reports `2024年1~4月`: published `2024` inferred. The stored text breaks off in item (4) (建筑业、房地产): cut after
# the last complete paragraph (item 3). The zone is never named (bare `高新区`; the city only in the site's host)
# → no zone, null subjects for its figures (heldout7's 828, heldout8). List numbers (`1.`, `2.`, `4、`, `(1)`) are
# furniture. Companies heading project names are short (钛创新能源, 宝莱 of `宝莱二期`, 国创); 奥体项目 is a project.
# `1~4月` without year → 2024-01..04 (year inferred), at each occurrence; `2024年1~4月` carries its year.
# `年度计划投资` → target (计划, heldout8); 增长/下降 → change. `开工率100%` a figure.
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
Y = 100000000
P4 = ("2024-01", "2024-04")
SK = dict(S="省亿元以上项目库", K="other")
KD = dict(S="开工动员项目库", K="other")
ARTICLES = [A("高新区1~4月经济运行分析", None)]
ZONES = []
ENTERPRISES = [E("钛创新能源", kind="short"), E("宝莱", kind="short"), E("国创", kind="short")]
FIGURES = [
    F("2.3亿元", 2.3*Y, "元", M="规上工业增加值", P=P4),
    F("3%", 3, "%", M="规上工业增加值增长", P=P4, C=True),
    F("11.8亿元", 11.8*Y, "元", M="固定资产投资", P=P4),
    F("6.9%", 6.9, "%", M="固定资产投资增长", P=P4, C=True),
    F("2.5亿元", 2.5*Y, "元", M="制造业投资", P=P4),
    F("32%", 32, "%", M="制造业投资下降", P=P4, C=True),
    F("6.2亿元", 6.2*Y, "元", M="战新产值", P=P4),
    F("7.4%", 7.4, "%", M="战略性新兴产业产值增长", P=P4, C=True),
    F("5158万元", 51580000, "元", M="规上企业利润总额", P=P4),
    F("34.3%", 34.3, "%", M="规上工业企业利润下降", P=P4, C=True),
    F("2亿元", 2*Y, "元", M="规模以上高新技术产业增加值", P=P4),
    F("13.3%", 13.3, "%", M="规模以上高新技术产业增加值增长", P=P4, C=True),
    F("2个", 2, "个", **SK, M="在库项目", P=P4),
    F("64.6亿元", 64.6*Y, "元", **SK, M="总投资", P=P4),
    F("6.5亿元", 6.5*Y, "元", **SK, M="年度计划投资", P="2024", T=True),
    F("15万元", 150000, "元", **SK, M="完成投资", P=P4),
    F("3个", 3, "个", **KD, M="申报项目", P=P4),
    F("64亿元", 64*Y, "元", **KD, M="总投资", P=P4),
    F("9.5亿元", 9.5*Y, "元", **KD, M="年度计划投资", P="2024", T=True),
    F("2个", 2, "个", **KD, M="制造业项目", P=P4),
    F("58亿元", 58*Y, "元", **KD, M="制造业项目总投资", P=P4),
    F("6.5亿元", 6.5*Y, "元", **KD, M="制造业项目年度计划投资", P="2024", T=True),
    F("3个", 3, "个", **KD, M="已开工项目", P="2024"),
    F("100%", 100, "%", **KD, M="开工率", P="2024"),
    F("2个", 2, "个", **KD, M="已纳统项目", P="2024"),
    F("45家", 45, "家", M="在库规模以上工业企业", P=P4),
    F("8.5亿元", 8.5*Y, "元", M="规上工业产值", P=P4),
    F("12.3%", 12.3, "%", M="规上工业产值增长", P=P4, C=True),
    F("2.3亿元", 2.3*Y, "元", M="规模以上工业增加值", P=P4),
    F("3%", 3, "%", M="规模以上工业增加值增长", P=P4, C=True),
    F("51家", 51, "家", M="在库规模以上服务业企业", P=P4),
    F("15.7亿元", 15.7*Y, "元", M="服务业营业收入", P=P4),
    F("3.9%", 3.9, "%", M="服务业营业收入下降", P=P4, C=True),
    F("43家", 43, "家", M="其他营利性服务业企业", P=P4),
    F("15.2亿元", 15.2*Y, "元", M="其他营利性服务业营业收入", P=P4),
    F("12.3%", 12.3, "%", M="其他营利性服务业营业收入增长", P=P4, C=True),
    F("0.75亿元", 0.75*Y, "元", M="限上消费品零售额", P=P4),
    F("12%", 12, "%", M="限上消费品零售额增长", P=P4, C=True),
    F("4.5亿元", 4.5*Y, "元", M="限上批发业销售额", P=P4),
    F("142%", 142, "%", M="限上批发业销售额增长", P=P4, C=True),
    F("0.08亿元", 0.08*Y, "元", M="限上零售业销售额", P=P4),
    F("6.5%", 6.5, "%", M="限上零售业销售额下降", P=P4, C=True),
    F("68万元", 680000, "元", M="限上住宿业销售额", P=P4),
    F("73.7%", 73.7, "%", M="限上住宿业销售额下降", P=P4, C=True),
    F("0.6亿元", 0.6*Y, "元", M="限上餐饮业营业额", P=P4),
    F("13.1%", 13.1, "%", M="限上餐饮业营业额增长", P=P4, C=True),
]
DATES = (
    [D("1~4月", P4[0], P4[1], inferred=True)] * 7
    + [D("2024年1~4月", P4[0], P4[1]), D("1~4月", P4[0], P4[1], inferred=True), D("2024年1~4月", P4[0], P4[1])]
    + [D("1~4月", P4[0], P4[1], inferred=True)] * 3
)
EXCLUDE = ["1.", "2.", "3.", "4、", "5、", "6、", "(1)", "(2)", "(3)"]
