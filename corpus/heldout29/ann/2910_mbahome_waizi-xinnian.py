# mbahome.com (`enterprise` channel) copy of an 经济参考报 roundup; the clickbait prefix `焦点快看:` and the series tag
# `踔厉奋发新一年丨` are no part of the title; `(资料图片)` kept. The stored text breaks off in the 无锡 paragraph
# (`范德威尔—`): cut after the 采埃孚 one. No printed date; `新年伊始` with plans for `2023年` → published 2023-01
# (inferred). Dates: `2023年` twice (plans), `2023年第四季度` → 2023-10..2023-12. `元旦期间`, `年前` are holidays/vague
# (as heldout16 left 春节): no dates. Companies: 苏科思集团 (printed `荷兰苏科思集团`; group), the Japanese `AGC`
# (Latin short name), its customer `TCL华星`, 采埃孚集团 (group, twice). Not enterprises: 《经济参考报》 (media), the
# 中荷(苏州)科技创新港 project. No zone (苏州高铁新城 is a …新城, not a GUIDE zone). `第四期` ordinal, no figure.
PUBLISHED = "2023-01"
PUBLISHED_INFERRED = True
ARTICLES = [A("中国市场引力强劲 外资企业新年忙布局", None)]
ZONES = []
ENTERPRISES = [E("苏科思集团", kind="group"), E("AGC", kind="short"), E("TCL华星", kind="short"), E("采埃孚集团", kind="group")]
FIGURES = [
    F("约77亩", 77, "亩", S="中荷(苏州)科技创新港项目", K="other", M="总占地面积"),
    F("超18万平方米", 180000, "平方米", S="中荷(苏州)科技创新港项目", K="other", M="建筑总面积"),
    F("100多公里", 100, "公里", S="广州", K="other", M="距惠州"),
]
DATES = [D("2023年", "2023"), D("2023年", "2023"), D("2023年第四季度", "2023-10", "2023-12")]
EXCLUDE = []
