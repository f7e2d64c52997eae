# dyxdggzs.com (content farm) copy of a 2009 银川 story converted to Traditional script with glued pinyin readings kept as
# stored (`開(kāi)發(fā)區`, `增長(cháng)`, `會(huì )` …) and a stock quote inserted into a company name (`銀星能源[10.83 0.93%]股份公司`,
# quote no figure); a `本文引用地址:` URL line (no figure) glued to the next paragraph. The text breaks off in the
# `這些項目…` paragraph: cut after the one before. No printed date: `8月22日` and `截至7月底` take their year from the
# ceremony being a gift to the `2009中國( 寧夏)國際投資貿易洽談會` (the fair's year is inside its name: no date itself,
# GUIDE) → published 2009-08 (inferred). Zone: 銀川經濟技術開發區 (canonical written cleanly; variants as stored with
# readings, and bare `開(kāi)發(fā)區`, primary). Companies: 陜西西安硅材料股份有限公司, 江蘇兆伏新能源有限公司 (registered);
# 銀星能源股份公司 (`股份公司` without 有限 → short; `銀星能源` before the inserted quote as variant); 江蘇九鼎集團 (group).
# The headline's `20億` has no unit (""); `超過(guò)20億元` is approx (marker split by a reading, set by hand). Capacities
# `年產(chǎn)3000噸`, `年產(chǎn)300套` are the projects' planned output (target). `五個`, `前四批` no figures.
PUBLISHED = "2009-08"
PUBLISHED_INFERRED = True
YC = "銀川經濟技術開發區"
ZK = dict(S=YC, K="zone")
H = dict(P=("2009-01", "2009-07"))
XA = "陜西西安硅材料股份有限公司"
YX = "銀星能源股份公司"
ARTICLES = [A("銀川20億單晶硅等新能源項目奠基", YC)]
ZONES = [Z(YC, ["銀川經(jīng)濟技術(shù)開(kāi)發(fā)區", "開(kāi)發(fā)區"])]
ENTERPRISES = [E(XA), E(YX, ["銀星能源"], kind="short"), E("江蘇兆伏新能源有限公司"), E("江蘇九鼎集團", kind="group")]
FIGURES = [
    F("20億", 2000000000, "", kind="money", **ZK, M="新能源項目總投資", P="2009-08-22"),
    F("20億元", 2000000000, "元", approx=True, **ZK, M="總投資", P="2009-08-22"),
    F("21.5億元", 2150000000, "元", **ZK, **H, M="工業增加值"),
    F("53.7%", 53.7, "%", **ZK, **H, M="完成全年計劃"),
    F("11.3%", 11.3, "%", **ZK, **H, M="工業增加值同比增長", C=True),
    F("66億元", 6600000000, "元", **ZK, **H, M="工業總產值"),
    F("50.7%", 50.7, "%", **ZK, **H, M="完成全年計劃"),
    F("4.9%", 4.9, "%", **ZK, **H, M="工業總產值同比增長", C=True),
    F("20.839億元", 2083900000, "元", **ZK, M="五個新能源項目總投資", P="2009-08-22"),
    F("13.7億元", 1370000000, "元", S=XA, K="enterprise", M="投資"),
    F("3000噸", 3000, "噸", S=XA, K="enterprise", M="年產單晶硅及切片", T=True),
    F("2.639億元", 263900000, "元", S=YX, K="enterprise", M="投資"),
    F("1.5億元", 150000000, "元", S=YX, K="enterprise", M="投資"),
    F("300套", 300, "套", S=YX, K="enterprise", M="年產風機塔筒", T=True),
    F("1億元", 100000000, "元", S="江蘇兆伏新能源有限公司", K="enterprise", M="投資"),
    F("2億元", 200000000, "元", S="江蘇九鼎集團", K="enterprise", M="投資"),
]
DATES = [D("8月22日", "2009-08-22", inferred=True), D("7月底", "2009-07", inferred=True)]
EXCLUDE = ["10.83 0.93%", "http://dyxdggzs.com/article/97522.htm", "2009中國( 寧夏)國際投資貿易洽談會"]
