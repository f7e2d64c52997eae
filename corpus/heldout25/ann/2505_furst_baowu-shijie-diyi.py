# furst.com.cn (a company site's news page) item on 中国宝武 and 安赛乐米塔尔; the stored text begins with an empty line
# (kept). It runs into an unfinished province table (`2019年1-12月我国各省市粗钢产量情况`, rows cut off at 宁夏): cut
# after the last complete paragraph, before the table. No printed date: the page reports `2019年全年` output, so it
# was written after 2019 → published `2020` (inferred). Companies: 中国宝武 (short; the page never gives a full name),
# 马钢集团, 安赛乐集团 (group), 安赛乐米塔尔 (short), 米塔尔钢铁公司 (`…公司` → short). `世界第一`/`第二位`/`前几位`
# ranks. Dates: `2019年度` (→ 2019), `2016年`, `2019年` three times, `12月` (→ 2019-12, year from its sentence).
# Facts: `目前` (20万名 staff, 60 countries) resolves to the publication year; provincial outputs are 2019's.
PUBLISHED = "2020"
PUBLISHED_INFERRED = True
BW, AM = "中国宝武", "安赛乐米塔尔"
CN = dict(S="我国", K="other")
ARTICLES = [A("中国宝武力压安赛乐米塔尔成世界第一 我国粗钢生产能力进一步提升", None)]
ZONES = []
ENTERPRISES = [E("马钢集团", kind="group"), E(BW, kind="short"), E(AM, kind="short"), E("安赛乐集团", kind="group"),
               E("米塔尔钢铁公司", kind="short")]
FIGURES = [
    F("9600万吨", 96000000, "吨", S=BW, K="enterprise", M="粗钢产量", P="2019"),
    F("8980万吨", 89800000, "吨", S=AM, K="enterprise", M="粗钢产量", P="2019"),
    F("超过20万名", 200000, "名", S=AM, K="enterprise", M="雇员", P="2020"),
    F("60个", 60, "个", S=AM, K="enterprise", M="雇员分布国家及地区", P="2020"),
    F("99634万吨", 996340000, "吨", **CN, M="粗钢产量", P="2019"),
    F("8.3%", 8.3, "%", **CN, M="粗钢产量", P="2019", C=True),
    F("8427万吨", 84270000, "吨", **CN, M="12月粗钢产量", P="2019-12"),
    F("11.6%", 11.6, "%", **CN, M="12月粗钢产量", P="2019-12", C=True),
    F("271.84万吨", 2718400, "吨", **CN, M="日均产量", P="2019-12"),
    F("1.6%", 1.6, "%", **CN, M="日均产量", P="2019-12", C=True),
    F("7361.91万吨", 73619100, "吨", S="辽宁省", K="other", M="粗钢产量", P="2019"),
    F("6356.98万吨", 63569800, "吨", S="山东省", K="other", M="粗钢产量", P="2019"),
    F("6039.05万吨", 60390500, "吨", S="山西省", K="other", M="粗钢产量", P="2019"),
]
DATES = [D("2019年度", "2019"), D("2016年", "2016"), D("2019年", "2019"), D("2019年", "2019"),
         D("12月", "2019-12", inferred=True), D("2019年", "2019")]
EXCLUDE = []
