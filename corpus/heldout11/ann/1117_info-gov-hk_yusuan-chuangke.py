# www.info.gov.hk (Hong Kong government press releases), Traditional: the budget speech's innovation part, skip link,
# asterisk rule, section heads (`創新科技`, `發展創科基建`, no titles) and paragraph numbers (`64.`–`68.`, list
# numbers, excluded) kept. Cut after paragraph 68 (paragraph 69 broke off). The page prints no date and its dated
# mentions are the Chinese-numeral years `二零二零` and `二零二二年` (target completion years, dates) → published null
# (heldout10's 1005); `本年`, `去年預算案`, `至今` have no calendar value. All figures are Chinese numerals with scale
# words (GUIDE): `超過一千億元`, `三十億元`, `約七萬四千平方米`; `四大範疇` a small count. 香港科技園公司 (`…公司`
# without 有限 → short, heldout10; `科技園公司` its bracketed short name). No GUIDE zone (科學園, 工業邨, 數碼港).
PUBLISHED = None
PUBLISHED_INFERRED = True
KJ = "香港科技園公司"
ARTICLES = [A("財政司司長財政預算案演辭(六)", None)]
ZONES = []
ENTERPRISES = [E(KJ, ["科技園公司"], kind="short")]
FIGURES = [
    F("超過一千億元", 100000000000, "元", S="政府", K="other", M="創科發展承擔額"),
    F("三十億元", 3000000000, "元", S=KJ, K="enterprise", M="撥款興建科研基建及設施"),
    F("約七萬四千平方米", 74000, "平方米", S="香港科學園", K="other", M="擴建額外樓面面積", T=True),
]
DATES = [D("二零二零", "2020"), D("二零二二年", "2022")]
EXCLUDE = ["64.", "65.", "66.", "67.", "68."]
