# fangdalaw.com (方达律师事务所, law-firm insight article) on Hong Kong listings; the stored text breaks off in the
# paragraph after `[3]` (`此外, 港交所行`): cut after the `[3]` paragraph. Footnote marks `[1]`–`[3]` excluded (as `[1` etc.: check.py reads EXCLUDE up to the first `]`).
# No printed date; the latest dated facts are the exchange's quarter to `2024 年 3 月 31 日` and a `2024年1月30日`
# speech → published 2024 (inferred). Title `赴港上市新机遇` (the section heading `2024赴港上市新发展` is no title).
# Companies (short): 阿里巴巴, 蔚来汽车, 贝壳控股, 极兔速递 and the exchange operator 香港交易所 (a company, named by its
# short name). Not companies: 中央政府, 香港私募基金 (funds), 香港财政司长. No zone (粤港澳大湾区 is no GUIDE zone).
# Dates: `2019年2月18日`, `2019年`, the list `2022、2023年` (two years sharing 年: `2022` and `2023年`), `截至2023年12月`
# → 2023-12, the heading's `2024` (a year heading, not a name), the spaced `2024 年 3 月 31 日` twice, `下半年`
# (→ 2024-07..2024-12, year from the context, inferred; a calendar span as in 3101), `2024年1月30日`. The `2024` of
# `2024香港资本市场论坛` is an event name (excluded) — hence check.py's one count note (`2024`: gold 1, page 2).
# Figures: `过去10年` a duration in 年 (no figure); `逾三万亿美元` carries the scale word 万亿 → 3e12 美元 approx;
# `逾七成` → 70 % approx (X成); `85 宗` spaced as stored. The ten-year totals have no calendar period (null).
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
HKM = dict(S="香港", K="other")
ARTICLES = [A("赴港上市新机遇", None)]
ZONES = []
ENTERPRISES = [E("阿里巴巴", kind="short"), E("蔚来汽车", kind="short"), E("贝壳控股", kind="short"),
               E("极兔速递", kind="short"), E("香港交易所", kind="short")]
FIGURES = [
    F("2.29万亿港元", 2290000000000, "港元", **HKM, M="新股市场集资"),
    F("303家", 303, "家", **HKM, M="新经济企业上市"),
    F("9470亿港元", 947000000000, "港元", **HKM, M="新经济企业集资额"),
    F("126家", 126, "家", **HKM, M="医疗健康及生物科技公司上市"),
    F("2766亿港元", 276600000000, "港元", **HKM, M="医疗健康及生物科技公司集资"),
    F("1010亿港元", 101000000000, "港元", S="阿里巴巴", K="enterprise", P="2019", M="上市集资额"),
    F("超过1400家", 1400, "家", **HKM, P="2023-12", M="在香港上市的内地企业"),
    F("逾三万亿美元", 3000000000000, "美元", **HKM, P="2023-12", M="内地企业总市值"),
    F("逾七成", 70, "%", **HKM, P="2023-12", M="内地企业占港股市值比例"),
    F("85 宗", 85, "宗", S="香港交易所", K="enterprise", P="2024-03-31", M="处理中的新股上市申请"),
]
DATES = [D("2019年2月18日", "2019-02-18"), D("2019年", "2019"), D("2022", "2022"), D("2023年", "2023"),
         D("2023年12月", "2023-12"), D("2024", "2024"), D("2024 年 3 月 31 日", "2024-03-31"),
         D("2024 年 3 月 31 日", "2024-03-31"), D("下半年", "2024-07", "2024-12", inferred=True),
         D("2024年1月30日", "2024-01-30")]
EXCLUDE = ["[1", "[2", "[3", "过去10年", "2024香港资本市场论坛"]
