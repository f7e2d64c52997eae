# ipim.gov.mo (澳門貿易投資促進局, Macau government agency) news page, Traditional; whole as returned. The first line
# `29/03/2024 - 11:47:33` is the site's date-and-clock widget: the date is a printed calendar date (GUIDE's letter: every
# mention of a calendar time; 2024-03-29), the clock no figure. The headline is stored twice (crumb and heading) with
# its date tag `[2014/01/06]`: one title, without the tag; each `2014/01/06` is a date (published 2014-01-06, printed).
# Dates: `2013年8月1日`, `10月31日` and `12月18日` (2013, inferred), `2013年11月27日`, `2014年1月6-8日` (span),
# `今年第一季` (2014-01..2014-03, inferred). `3個月` (the call period) is a duration figure; `三天`, `九名` small counts.
# Zone: 橫琴新區 (in its 管理委員會's name, three times; primary). No company (associations, 澳門大學, offices).
PUBLISHED = "2014-01-06"
PUBLISHED_INFERRED = False
HQ = "橫琴新區"
YA = dict(S="粵澳合作產業園", K="other")
ARTICLES = [A("橫琴粵澳合作產業園申請項目評審最新情況", HQ)]
ZONES = [Z(HQ, [HQ])]
ENTERPRISES = []
FIGURES = [
    F("3個月", 3, "個月", **YA, M="招商期", P=("2013-08", "2013-10")),
    F("89個", 89, "個", **YA, M="投資項目申請", P=("2013-08", "2013-10")),
    F("53個", 53, "個", **YA, M="出席工作會議的項目申請人", P=("2014-01-06", "2014-01-08")),
]
DATES = [D("29/03/2024", "2024-03-29"), D("2014/01/06", "2014-01-06"), D("2014/01/06", "2014-01-06"),
         D("2013年8月1日", "2013-08-01"), D("10月31日", "2013-10-31", inferred=True),
         D("2013年11月27日", "2013-11-27"), D("12月18日", "2013-12-18", inferred=True),
         D("2014年1月6-8日", "2014-01-06", "2014-01-08"), D("今年第一季", "2014-01", "2014-03", inferred=True)]
EXCLUDE = ["11:47:33"]
