# globetech.com.cn 快讯 (national figures from 工业和信息化部). The stored text masks some words with `**`
# (`**高新区` = 国家高新区); kept as stored. No date printed; the text gives only `今年前4月`. Published is set to
# 2025 from knowledge of the story (工信部's 2025 figures for 178 national zones: 10.26万亿元, 7.3%), inferred.
# `前4月` (no 个) is read as a date span only, as heldout5's `前2月` (613), not a duration figure.
# No zones (国家高新区 is a category, and masked); no enterprises. `截至目前` → the publication year.
PUBLISHED = "2025"
PUBLISHED_INFERRED = True
G = "国家高新区"
P4 = ("2025-01", "2025-04")
ARTICLES = [A("前4月国家高新区规上工业企业营收增长7.3%", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("7.3%", 7.3, "%", S=G, K="other", M="规上工业企业营收", P=P4, C=True),
    F("10.26万亿元", 10260000000000, "元", S=G, K="other", M="规模以上工业企业营业收入", P=P4),
    F("7.3%", 7.3, "%", S=G, K="other", M="规模以上工业企业营业收入", P=P4, C=True),
    F("70%", 70, "%", S=G, K="other", M="聚集制造业创新中心比重", P="2025"),
    F("80%", 80, "%", S=G, K="other", M="聚集实验室比重", P="2025"),
    F("50%左右", 50, "%", S=G, K="other", M="企业研发经费投入、拥有发明专利数占比", P="2025"),
]
DATES = [
    D("前4月", P4[0], P4[1], inferred=True),
    D("今年前4月", P4[0], P4[1], inferred=True),
]
EXCLUDE = ["1. 首页"]  # list numbering of the navigation crumb
