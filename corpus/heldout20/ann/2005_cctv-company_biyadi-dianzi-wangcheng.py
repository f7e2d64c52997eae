# cctv-company.video (content site, `产经` column line above the headline) copy of a 中经联播 item; an image file name
# (`4.jpg?x-oss-process=style/water`) and a ▲ caption kept. The stored text broke off mid-sentence (`…得到了企业的`)
# → cut after the last complete paragraph. No printed date; the year of `11月30日` comes from the page: 比亚迪电子一期
# signed `2019年6月`, `结缘5年来`, `自2019年…连续5年` → 2024 (inferred); published `2024` (inferred). `同年9月` → 2019-09.
# Zone: 望城经开区 (twice), the article's primary zone (the projects stand there; 望城 itself is a district).
# Companies: 比亚迪电子(国际)有限公司 (registered; `比亚迪电子` its short name, also heading `比亚迪电子二期项目`),
# 比亚迪集团 (group; `比亚迪` used for it), 德赛电池, 永杉锂业, 大华, 恒茂高科, 利亚德 (short). 中经联播 is media.
# Not figures: `5年来`, `连续5年` (spans in 年), `1小时物料配送生态供应圈` (slogan-like name of a supply circle).
# NEW-style milestone `百亿产值规模` → 100亿, unit "" (heldout16's `突破千亿元` rule).
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
BYDE = "比亚迪电子(国际)有限公司"
BE = dict(S=BYDE, K="enterprise")
WC = dict(S="望城经开区", K="zone")
D30 = "2024-11-30"
ARTICLES = [A("从比亚迪电子二期投产,看“链主”企业缘何偏爱望城", "望城经开区")]
ZONES = [Z("望城经开区", ["望城经开区"])]
ENTERPRISES = [E(BYDE, ["比亚迪电子"]), E("比亚迪集团", ["比亚迪"], kind="group")] + [E(n, kind="short") for n in
               ["德赛电池", "永杉锂业", "大华", "恒茂高科", "利亚德"]]
FIGURES = [
    F("10亿元", 1000000000, "元", **BE, M="比亚迪电子二期项目总投资", P=D30),
    F("1000万台以上", 10000000, "台", **BE, M="新增智能终端年产量", T=True),
    F("超100亿元", 10000000000, "元", **BE, M="年产值", T=True),
    F("1亿台", 100000000, "台", S="望城", K="other", M="智能终端布局", T=True),
    F("70天", 70, "天", **BE, M="从签约到首台手机下线用时", P="2019"),
    F("百亿", 10000000000, "", **BE, M="产值规模"),
    F("30余个", 30, "个", **WC, M="产业链上下游配套项目", P="2024"),
]
DATES = [D("11月30日", D30, inferred=True), D("2019年6月", "2019-06"), D("9月", "2019-09", inferred=True), D("2019年", "2019")]
EXCLUDE = ["4.jpg", "5年来", "1小时", "连续5年"]
