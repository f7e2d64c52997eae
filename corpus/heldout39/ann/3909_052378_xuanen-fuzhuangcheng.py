# 052378.com (a company site's `公司新闻` column) copy of a 恩施/宣恩 story, machine-reworded with synonym swaps
# (`服饰`→`衣饰`, `服装`→`打扮`, `生产`→`坐蓐`, `多名`→`众名`, `朋友圈`→`诤友圈`). Title and printed
# `2022-05-14 07:26` (clock no figure) kept. The stored text broke off in the 2021年10月 paragraph; cut after the last
# complete paragraph. No zone (宣恩县 a county, `宣南打扮小镇` a town project) → primary null.
# Companies (names as stored, reworded forms kept): 展旭衣饰, 杰跃鞋业 (short); 宣恩众仁衣饰有限公司 (registered, the
# list's `众仁衣饰` its short form); 厦门准者体育用品有限公司 (registered, `厦门准者体育` its short form);
# 湖北准者体育用品有限公司 (registered, `湖北准者体育` its short form; the new company whose `公司产值` is 2亿元).
# `准者体育` alone is the brand (no entry). `3万众名` is `3万多名` reworded: value 30000, approx set by hand.
# `三期` a phase number. Dates: `2018年至2019年` span, `2021年`, `5月4日` → 2022-05-04, `2018年`.
PUBLISHED = "2022-05-14"
PUBLISHED_INFERRED = False
XE = dict(S="宣恩县", K="other")
ZR = "宣恩众仁衣饰有限公司"
XM = "厦门准者体育用品有限公司"
HB = "湖北准者体育用品有限公司"
SP = ("2018", "2019")
ARTICLES = [A("贡乡崛起“服装城”", None)]
ZONES = []
ENTERPRISES = [E("展旭衣饰", kind="short"), E(ZR, ["众仁衣饰"]), E("杰跃鞋业", kind="short"),
               E(XM, ["厦门准者体育"]), E(HB, ["湖北准者体育"])]
FIGURES = [
    F("3家", 3, "家", **XE, M="具有一定规模的服装、鞋业生产企业", P=SP),
    F("近30家", 30, "家", **XE, M="服装、制鞋微工场和作坊", P=SP),
    F("1.1亿元", 110000000, "元", S=XM, K="enterprise", M="准者体育服装生产项目合同"),
    F("2亿元", 200000000, "元", S=HB, K="enterprise", M="产值", P="2021"),
    F("56个", 56, "个", **XE, M="易地扶贫搬迁安置小区", P="2018"),
    F("3万众名", 30000, "名", approx=True, **XE, M="易迁群众", P="2018"),
]
DATES = [D("2022-05-14", "2022-05-14"), D("2018年至2019年", "2018", "2019"), D("2021年", "2021"),
         D("5月4日", "2022-05-04", inferred=True), D("2018年", "2018")]
EXCLUDE = ["07:26"]
