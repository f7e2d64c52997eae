# odtgfuq.cn (content farm) copy of a 濟寧 story, Traditional; whole as returned. No printed date: published from the
# URL path (2009_12_17 → 2009-12-17, inferred); `前11個月` and `今年1—11月` are the span 2009-01..11 (inferred).
# No zone. Companies heading project names are short entries (山推奧特, 益海嘉里, 山東沃爾華工程機械, 華勤集團 group,
# 太陽紙業, 濟寧碳素工業總公司 (…總公司 without 有限 → short)); registered: 泰山玻璃纖維鄒城有限公司,
# 山東龍昕電工有限公司, 微山同泰焦化有限公司. Capacities inside project names (`年產24萬噸面粉9萬噸花生油項目`,
# `年產50萬噸預焙陽極`, `年產600萬套轎車子午胎`, `年產20萬噸化機漿`) are no figures. Headline `211億` has no unit
# word (unit ""); `211億元多` approx. `188個` four times.
PUBLISHED = "2009-12-17"
PUBLISHED_INFERRED = True
ARTICLES = [A("濟寧188個重點產業項目完成投資211億", None)]
ZONES = []
ENTERPRISES = [E("山推奧特", kind="short"), E("益海嘉里", kind="short"), E("山東沃爾華工程機械", kind="short"),
               E("泰山玻璃纖維鄒城有限公司"), E("濟寧碳素工業總公司", kind="short"), E("華勤集團", kind="group"),
               E("太陽紙業", kind="short"), E("山東龍昕電工有限公司"), E("微山同泰焦化有限公司")]
S, K, P = "濟寧", "other", ("2009-01", "2009-11")
FIGURES = [
    F("188個", 188, "個", S=S, K=K, M="重點產業項目", P=P),
    F("211億", 21100000000, "", S=S, K=K, M="完成投資", P=P),
    F("188個", 188, "個", S=S, K=K, M="重點產業項目", P=P),
    F("211億元多", 21100000000, "元", S=S, K=K, M="完成投資", P=P),
    F("70個", 70, "個", S=S, K=K, M="已完成年度投資計劃項目", P=P),
    F("188個", 188, "個", S=S, K=K, M="重點項目", P=P),
    F("211.56億元", 21156000000, "元", S=S, K=K, M="完成投資", P=P),
    F("101.5%", 101.5, "%", S=S, K=K, M="占年度投資計劃", P=P),
    F("70個", 70, "個", S=S, K=K, M="完成年度投資計劃項目", P=P),
    F("32個", 32, "個", S=S, K=K, M="竣工投產或一期試生產項目", P=P),
    F("10個", 10, "個", S=S, K=K, M="基本具備竣工條件項目", P=P),
    F("188個", 188, "個", S=S, K=K, M="重點項目", P=P),
    F("61個", 61, "個", S=S, K=K, M="續建項目", P=P),
    F("113.11億元", 11311000000, "元", S=S, K=K, M="續建項目累計完成投資", P=P),
    F("107%", 107, "%", S=S, K=K, M="占年度計劃", P=P),
    F("22個", 22, "個", S=S, K=K, M="竣工投產或一期投產項目", P=P),
    F("10個", 10, "個", S=S, K=K, M="基本具備竣工條件項目", P=P),
    F("88個", 88, "個", S=S, K=K, M="新開工項目", P="2009"),
    F("83個", 83, "個", S=S, K=K, M="已開工建設項目", P=P),
    F("10個", 10, "個", S=S, K=K, M="竣工投產或一期試生產項目", P=P),
]
DATES = [D("前11個月", "2009-01", "2009-11", inferred=True), D("今年1—11月", "2009-01", "2009-11", inferred=True)]
EXCLUDE = ["24萬噸", "9萬噸", "50萬噸", "600萬套", "20萬噸"]
