# yybnet.net (mirror of 三江都市报/乐山 news), URL dated 2019-08; the page prints no date line.
# Companies named only by short names: 大账房, 金螳螂, 协鑫 (their 西南总部 are projects of them), 正英电子,
# PBA (新加坡PBA), 金科基 (深圳金科基), 国药控股 (国药 in 国药医药中心), 伟力得公司, 中国联通, 驴妈妈, 尚纬 (in “尚纬造”,
# made-by-尚纬), 宝德 (宝德未来科技城), 电科云 (…数据中心). 薪起程 (unknown whether a company name) is left out.
PUBLISHED = "2019-08"
PUBLISHED_INFERRED = True
Y = "2019"
H1 = ("2019-01", "2019-06")
LS = "乐山高新区"
ARTICLES = [A("乐山高新区 总部经济聚集区建设加速推进", LS)]
ZONES = [Z(LS, [LS])]
ENTERPRISES = [
    E("北京大账房", kind="short"),
    E("金螳螂", kind="short"),
    E("协鑫", kind="short"),
    E("正英电子", kind="short"),
    E("新加坡PBA", kind="short"),
    E("深圳金科基", kind="short"),
    E("国药控股", ["国药"], kind="short"),
    E("尚纬", kind="short"),
    E("宝德", kind="short"),
    E("电科云", kind="short"),
    E("伟力得公司", kind="short"),
    E("中国联通", kind="short"),
    E("驴妈妈", kind="short"),
]
FIGURES = [
    F("451亿元", 45100000000, "元", S="“一总部三基地”", K="other", M="营业收入", P=H1),
    F("76.32亿元", 7632000000, "元", S="“一总部三基地”", K="other", M="固定资产投资", P=H1),
    F("102.3亿元", 10230000000, "元", S=LS, K="zone", M="营业收入", P=H1),
    F("52.8%", 52.8, "%", S=LS, K="zone", M="营业收入", P=H1, C=True),
    F("18.4亿元", 1840000000, "元", S=LS, K="zone", M="固定资产投资", P=H1),
    F("15.65%", 15.65, "%", S=LS, K="zone", M="固定资产投资", P=H1, C=True),
    F("18个", 18, "个", S=LS, K="zone", M="招商正式签约项目", P=H1),
    F("102.5亿元", 10250000000, "元", S=LS, K="zone", M="签约项目总投资", P=H1),
    F("50余家", 50, "家", S=LS, K="zone", M="引进总部企业", P=H1),
    F("100家", 100, "家", S=LS, K="zone", M="签约、注册总部企业", P=Y, T=True),
    F("10余个", 10, "个", S=LS, K="zone", M="即将落地总部项目", P=None),
    F("6亿元", 600000000, "元", S="电科云国家安全数据中心", K="other", M="投资", P=None),
    F("5亿元", 500000000, "元", S="薪起程智慧车联网", K="other", M="投资", P=None),
    F("2亿元", 200000000, "元", S="中国联通区域数据中心", K="other", M="投资", P=None),
    F("1亿元", 100000000, "元", S="驴妈妈智慧旅游云", K="other", M="投资", P=None),
    F("11个", 11, "个", S=LS, K="zone", M="即将落户项目", P=None),
    F("20亿元", 2000000000, "元", S=LS, K="zone", M="总投资", P=None),
]
DATES = [D("8月22日", "2019-08-22", inferred=True), D("上半年", "2019-01", "2019-06", inferred=True),
         D("上半年", "2019-01", "2019-06", inferred=True)]
