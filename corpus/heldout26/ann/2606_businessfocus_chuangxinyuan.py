# businessfocus.io (Hong Kong business web media) in Traditional script: app banner, headline stored twice (one
# title), channel `Business` and the English byline date `By Evan Lu on 08 Aug 2023` kept (a printed date in English:
# published 2023-08-08, not inferred, and a dated mention). Cut after the 楊思敏 quote (the next paragraph breaks off).
# Dates: `2015年` (自…起), `明年下半年` → 2024-07..2024-12 (heldout16's `去年下半年`; inferred). `今日` no calendar value.
# Zone: none (the three 創新園/InnoPark are Hong Kong industrial estates, 科學園 a park; no GUIDE zone kind).
# Enterprises: 香港科技園公司 (`…公司` without 有限 → short; `科技園公司` its short form), and the 「創新製造商」 named as
# firms at the seminar: 美時醫療, 新發病毒診斷公司, 聯泰行, 綠芝園, 普銳醫療 (short), 香港航天科技集團 (group).
# BusinessFocus is the site itself; 特區政府 government.
# Figures: `3個`, `5座` (the corporation's estates and buildings), `93%` (occupancy of the 大埔/將軍澳 estates), `3日` (the
# fastest move-in, a duration; kind set by hand as 日 is not in the list). `第4次工業革命`, `工業4.0` are names; `三場`,
# `一年半` have no scale word.
PUBLISHED = "2023-08-08"
PUBLISHED_INFERRED = False
KJ = "香港科技園公司"
KE = dict(S=KJ, K="enterprise")
ARTICLES = [A("創新園助力實現香港製造 令品牌效應走向全球", None)]
ZONES = []
ENTERPRISES = [E(KJ, ["科技園公司"], kind="short"), E("美時醫療", kind="short"), E("新發病毒診斷公司", kind="short"),
               E("聯泰行", kind="short"), E("綠芝園", kind="short"), E("香港航天科技集團", kind="group"),
               E("普銳醫療", kind="short")]
FIGURES = [
    F("3個", 3, "個", **KE, M="創新園", P=None),
    F("5座", 5, "座", **KE, M="專用工業大廈", P=None),
    F("93%", 93, "%", S="大埔及將軍澳InnoPark", K="other", M="入住率", P="2023-08"),
    F("3日", 3, "日", kind="duration", S="大埔InnoPark", K="other", M="企業完成進駐最快用時", P=None),
]
DATES = [D("08 Aug 2023", "2023-08-08"), D("2015年", "2015"), D("明年下半年", "2024-07", "2024-12", inferred=True)]
EXCLUDE = ["第4次", "工業4.0"]
