# m.bf35.com (泵阀商务网, an industry portal) copy of a 每日甘肃网 item; site name and login line kept; the date line
# `2012/11/7 15:34:484249` glues the clock and a view counter to the printed date (date 2012-11-07, the rest excluded).
# The stored text breaks off in the paragraph after the subheading `兰州隧道装备有限公司厂区基建完成95%`: cut after
# that subheading (a complete line; its figure 95% counts). The two other subheadings are no article titles.
# Zone: 兰州新区 (…新区, primary). `世界500强`/`民营500强` are list names, no figures (excluded).
# Companies: every name used for a firm is an entry, including firms heading project names (兰州吉利汽车 of
# `兰州吉利汽车扩能改造`, 大成聚光 of `大成聚光太阳能`, 中国四联 of `中国四联高新技术西北产业基地`); 中铁建 (of
# `中铁建装备制造基地`) is the usual short form of 中国铁建 → variant; 吉利汽车 (a listed 500强 firm) and 兰州吉利汽车 are two
# entries (parent and local company, heldout40). `…集团`/`…控股集团` → group; 工商银行 a bank → short. 亚太工业科技总部基地
# is a project. 每日甘肃网 is a medium.
# Periods: `截至9月中旬` → 2012-09 for the project counts; `1至9月份` → 2012-01..2012-09 for the funds; `已有…`/`目前` →
# publication month 2012-11; the annual plan 80亿元 → 2012, target. Subheading figures take their section's period.
PUBLISHED = "2012-11-07"
PUBLISHED_INFERRED = False
LZ = "兰州新区"
Z_ = dict(S=LZ, K="zone")
SEP = "2012-09"
JS = ("2012-01", "2012-09")
ARTICLES = [A("多个招商引资项目入驻兰州新区", LZ)]
ZONES = [Z(LZ, [LZ])]
ENTERPRISES = [
    E("中国铁建", ["中铁建"], kind="short"), E("中航工业", kind="short"), E("兰州吉利汽车", kind="short"),
    E("大成聚光", kind="short"), E("中国四联", kind="short"), E("重庆斌鑫集团", kind="group"),
    E("中国化工集团", kind="group"), E("南翔万商物流产业股份有限公司"), E("正威集团", kind="group"),
    E("碧桂园控股集团", kind="group"), E("兰电", kind="short"), E("兰通", kind="short"), E("青岛啤酒", kind="short"),
    E("兰石", kind="short"), E("兰飞", kind="short"), E("万里", kind="short"), E("中石油", kind="short"),
    E("工商银行", kind="short"), E("国家电网", kind="short"), E("中国移动", kind="short"), E("中国电信", kind="short"),
    E("吉利汽车", kind="short"), E("三一重工", kind="short"), E("中国邮政", kind="short"), E("新兴际华集团", kind="group"),
    E("太平洋建设集团", kind="group"), E("盛达集团", kind="group"), E("兰州隧道装备有限公司"),
]
FIGURES = [
    F("11家", 11, "家", **Z_, M="落户世界500强企业", P="2012-11"),
    F("103个", 103, "个", **Z_, M="招商引资项目", P=SEP),
    F("103个", 103, "个", **Z_, M="招商引资项目", P=SEP),
    F("838.77亿元", 83877000000, "元", **Z_, M="总投资", P=SEP),
    F("8个", 8, "个", **Z_, M="已建成投产项目", P=SEP),
    F("13.12亿元", 1312000000, "元", **Z_, M="已建成投产项目总投资", P=SEP),
    F("45个", 45, "个", **Z_, M="在建项目", P=SEP),
    F("409.65亿元", 40965000000, "元", **Z_, M="在建项目总投资", P=SEP),
    F("50个", 50, "个", **Z_, M="前期工作项目", P=SEP),
    F("416亿元", 41600000000, "元", **Z_, M="前期工作项目总投资", P=SEP),
    F("20多个", 20, "个", **Z_, M="对接洽谈重点项目", P=SEP),
    F("11家", 11, "家", **Z_, M="引进世界500强企业", P="2012-11"),
    F("4家", 4, "家", **Z_, M="引进中国民营500强企业", P="2012-11"),
    F("69.47亿元", 6947000000, "元", **Z_, M="引进到位资金", P=JS),
    F("80亿元", 8000000000, "元", **Z_, M="引进到位资金年计划", P="2012", T=True),
    F("86.84%", 86.84, "%", **Z_, M="年计划完成率", P=JS),
    F("45个", 45, "个", **Z_, M="新签约项目", P=JS),
    F("380.84亿元", 38084000000, "元", **Z_, M="新签约项目总投资", P=JS),
    F("17.76亿元", 1776000000, "元", **Z_, M="新签约项目到位资金", P=JS),
    F("39个", 39, "个", **Z_, M="结转项目", P=JS),
    F("51.71亿元", 5171000000, "元", **Z_, M="结转项目新增到位资金", P=JS),
    F("95%", 95, "%", S="兰州隧道装备有限公司", K="enterprise", M="厂区基建完成", P=None),
]
DATES = [D("2012/11/7", "2012-11-07"), D("2012年", "2012"), D("9月中旬", "2012-09", inferred=True),
         D("1至9月份", "2012-01", "2012-09", inferred=True)]
EXCLUDE = ["15:34:484249", "世界500强", "民营500强"]
