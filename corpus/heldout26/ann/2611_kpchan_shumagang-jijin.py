# kpchan.com (a Hong Kong legislator's own site, `議會工作`) carrying his written Legislative Council question and the
# bureau's answer on the Cyberport fund, Traditional script with spaces around numbers (`2 億元`, `2016 年 8 月`); an
# image alt text `Asset 1@4x` first. Cut after answer (二): answer (三) breaks off.
# Title: the headline as printed, with its bracketed date `(2017.04.12)` (also the published date, printed).
# Dates: `2017.04.12`; `去年 8 月` → 2016-08 (去年 of the 2017 question; inferred); `2016 年 8 月`; `2017 年 3 月底` →
# 2017-03. `2016 年施政報告` names a document (the 2016 Policy Address): no date (GUIDE's document names). Bare `去年`
# no calendar date.
# Enterprise: 香港數碼港管理有限公司 (registered), its short name given as (“數碼港”) (variant). The fund
# 數碼港投資創業基金 is a fund (GUIDE: not an enterprise); 創新及科技局 is government.
# Figures: `2 億元` twice (the fund's size), `約 100 宗` (applications, 宗), `4 個` (the question's four parts: a count,
# no indicator). `未來 3 年` (twice) is a duration in years; `A 輪` a round name; `(一)`… list numbering.
PUBLISHED = "2017-04-12"
PUBLISHED_INFERRED = False
CP = "香港數碼港管理有限公司"
ARTICLES = [A("立法會書面質詢:《數碼港投資創業基金》(2017.04.12)", None)]
ZONES = []
ENTERPRISES = [E(CP, ["數碼港"])]
FIGURES = [
    F("2 億元", 200000000, "元", S=CP, K="enterprise", M="撥款成立數碼港投資創業基金", P="2016"),
    F("2 億元", 200000000, "元", S=CP, K="enterprise", M="數碼港投資創業基金", P="2016"),
    F("4 個", 4, "個", P=None),
    F("約 100 宗", 100, "宗", S="數碼港投資創業基金", K="other", M="接獲申請", P=("2016-08", "2017-03")),
]
DATES = [D("2017.04.12", "2017-04-12"), D("去年 8 月", "2016-08", inferred=True), D("2016 年 8 月", "2016-08"),
         D("2017 年 3 月底", "2017-03")]
EXCLUDE = ["Asset 1@4x", "2016 年施政報告", "未來 3 年"]
