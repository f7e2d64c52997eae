# mcea.org.mo (a Macau association's site) repost of a 澳門貿易投資促進局 release, Traditional; printed `2020-01-04`;
# whole as returned (its closing enquiry paragraph is the release's own last paragraph).
# Dates: headline `本月16日` (2020-01-16, inferred), `2020年1月2日`, `2018年12月31日`, `2020年1月16日`. Clock times
# (`下午5時30分`, `下午五時四十五分`), floor and street numbers (`19樓`, `263號`) and the phone number are no figures.
# Zone: 橫琴新區 (…新區; named alone and in its 管理委員會's name), primary. No company (中土大廈 a building).
# `超過4倍` (applications' land against the land on offer) is a ratio; `四輪` a small Chinese count.
PUBLISHED = "2020-01-04"
PUBLISHED_INFERRED = False
HQ = "橫琴新區"
YA = dict(S="粵澳合作產業園", K="other")
ARTICLES = [A("「粵澳合作產業園」本月16日招商中止申請", HQ)]
ZONES = [Z(HQ, [HQ])]
ENTERPRISES = []
FIGURES = [
    F("90個", 90, "個", **YA, M="項目申請", P=("2018-12", "2020-01")),
    F("超過4倍", 4, "倍", **YA, M="申請總用地面積相當於可供用地面積", P="2020-01"),
]
DATES = [D("本月16日", "2020-01-16", inferred=True), D("2020-01-04", "2020-01-04"), D("2020年1月2日", "2020-01-02"),
         D("2018年12月31日", "2018-12-31"), D("2020年1月16日", "2020-01-16")]
EXCLUDE = ["5時30分", "19樓", "263號", "2872 8328"]
