# moa.gov.tw (Taiwan's agriculture ministry, news page; Traditional): accessibility anchor `:::主要內容區` and the
# document number `文號4964` (no figure) before the headline; field lines `發布日期:95-10-21` (ROC year 95 = 2006)
# and `發布機關`. The stored text breaks off in the third paragraph: cut after the second.
# Published 2006-10-21 (printed, ROC). Dates: `95-10-21`, `95年10月21日` → 2006-10-21; `12月15日` (the park's
# opening) → 2006 (inferred); `明年4月份` → 2007-04 (inferred); `91年1月` (WTO entry) → 2002-01.
# No zone (屏東農業生物科技園區 is a park, not a GUIDE zone); no company (`日商及美商` names none; the bodies named are
# agencies). `第1期` is an ordinal. The 14 factories' start of production next April is a plan: target.
PUBLISHED = "2006-10-21"
PUBLISHED_INFERRED = False
PK = dict(S="屏東農業生物科技園區", K="other")
ARTICLES = [A("農科園區蓄勢待發 蘇院長期許農科發揮火車頭效應帶動農業升級", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("39家", 39, "家", **PK, M="核准進駐農業生物科技廠商", P="2006-10-21"),
    F("6家", 6, "家", **PK, M="自建廠房動工廠商", P="2006-10-21"),
    F("14家", 14, "家", **PK, M="第1期標準廠房進駐廠商投產營運", P="2007-04", T=True),
]
DATES = [D("95-10-21", "2006-10-21"), D("95年10月21日", "2006-10-21"), D("12月15日", "2006-12-15", inferred=True),
         D("明年4月份", "2007-04", inferred=True), D("91年1月", "2002-01")]
EXCLUDE = ["文號4964", "第1期"]
