# wwwrrr80.com (content farm) copy of a 杭州日報 story converted to Traditional script (`制造`, `于` as converted);
# `來源/發布` line printed `2022-07-06 09:48:04` (clock no figure) → published 2022-07-06. The text breaks off inside
# the 明峰醫療 R&D-share paragraph: cut after the paragraph before it (section heads `三企闖關科創板創業板`,
# `募資助力研發升級` are no articles). No zone (`下沙`, `杭州醫藥港` are no GUIDE zones). Companies: three registered names,
# each with its short form used in the same story (明峰醫療, 聯川生物, 景杰生物); exchanges (上交所, 深交所) are no
# enterprises. `6月27日至7月3日` is one span date. `不超過4010萬股` is a ceiling (no approx, target).
# `142億元` (headline) is 一季度 2022. `一年來`, `近三年` no dates or figures.
PUBLISHED = "2022-07-06"
PUBLISHED_INFERRED = False
MF = "明峰醫療系統股份有限公司"
LC = "杭州聯川生物技術股份有限公司"
JJ = "杭州景杰生物科技股份有限公司"
ARTICLES = [A("杭州生物醫藥產業正進入加速爆發期!一季度杭州醫藥制造業增加值142億元", None)]
ZONES = []
ENTERPRISES = [E(MF, ["明峰醫療"]), E(LC, ["聯川生物"]), E(JJ, ["景杰生物"])]
FIGURES = [
    F("142億元", 14200000000, "元", S="杭州", K="other", M="醫藥制造業增加值", P=("2022-01", "2022-03")),
    F("15家", 15, "家", S="科創板與創業板", K="other", M="受理醫療大健康企業", P=("2022-06-27", "2022-07-03")),
    F("3家", 3, "家", S="杭州", K="other", M="受理企業", P=("2022-06-27", "2022-07-03")),
    F("6.08億元", 608000000, "元", S=LC, K="enterprise", M="擬募資", P="2022-06-30", T=True),
    F("4010萬股", 40100000, "股", approx=False, S=JJ, K="enterprise", M="公開發行股票的數量", P="2022-07-01", T=True),
    F("3家", 3, "家", S="杭州", K="other", M="闖關杭企", P=("2022-06-27", "2022-07-03")),
]
DATES = [D("2022-07-06", "2022-07-06"), D("6月27日至7月3日", "2022-06-27", "2022-07-03", inferred=True),
         D("6月29日", "2022-06-29", inferred=True), D("2011年", "2011"), D("6月30日", "2022-06-30", inferred=True),
         D("2006年", "2006"), D("7月1日", "2022-07-01", inferred=True)]
EXCLUDE = ["09:48:04"]
