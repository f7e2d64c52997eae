# zoucheng.gov.cn (邹城 city government site, item from the zone administration: `信息来源:邹城市经济开发区`), printed
# `发布日期:2024-09-10`, empty `浏览次数:`, `【打印此页】`/`【关闭窗口】` widgets kept. Whole as returned.
# Zone 邹城经济开发区 (variants `邹城市经济开发区` in the source line, bare `开发区`), primary. (heldout14's 1401 is a
# different 邹城 story.) Companies: groups 恒信集团, 国机集团, 山能集团 (`山能` heading `山能智慧制造园区` a variant);
# short names heading projects or named as firms: 京翰林, 太阳宏河纸业, 兖矿能源, 大龙网.
# `“三分之一”工作法` and `百项重点工程` are names (no figures); `恒信集团50万吨乙醇` a project name with its capacity
# (heldout10's `30萬噸燒堿`, no figure); `500强` a class. `1至7月` → 2024-01..07 (inferred); `目前` → 2024-09.
PUBLISHED = "2024-09-10"
PUBLISHED_INFERRED = False
ZC = "邹城经济开发区"
ZK = dict(S=ZC, K="zone")
M7 = ("2024-01", "2024-07")
NOW = "2024-09"
Y = 100000000
ARTICLES = [A("开发区高质量发展再提速", ZC)]
ZONES = [Z(ZC, [ZC, "邹城市经济开发区", "开发区"])]
ENTERPRISES = [
    E("京翰林", kind="short"),
    E("恒信集团", kind="group"),
    E("国机集团", kind="group"),
    E("山能集团", ["山能"], kind="group"),
    E("太阳宏河纸业", kind="short"),
    E("兖矿能源", kind="short"),
    E("大龙网", kind="short"),
]
FIGURES = [
    F("3家", 3, "家", **ZK, M="新增规上工业企业", P=M7, C=True),
    F("174家", 174, "家", **ZK, M="规上工业企业总数", P="2024-07"),
    F("140多亿元", 140*Y, "元", **ZK, M="固定资产投资", P=M7),
    F("4家", 4, "家", **ZK, M="入选省级绿色制造单位企业", P=M7),
    F("40个", 40, "个", **ZK, M="紧盯邹城市百项重点工程", P=None),
    F("8个", 8, "个", **ZK, M="已开工新建项目", P=NOW),
    F("7个", 7, "个", **ZK, M="施工收尾项目", P=NOW),
    F("16个", 16, "个", **ZK, M="试生产项目", P=NOW),
    F("10个", 10, "个", **ZK, M="已签约重大项目", P=NOW),
    F("137亿元", 137*Y, "元", **ZK, M="签约项目总投资", P=NOW),
]
DATES = [
    D("2024-09-10", "2024-09-10"),
    D("1至7月", M7[0], M7[1], inferred=True),
]
EXCLUDE = ["50万吨乙醇", "500强"]
