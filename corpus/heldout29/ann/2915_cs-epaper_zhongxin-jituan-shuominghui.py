# epaper.cs.com.cn (中国证券报 e-paper, 信息披露 page B044): a listed company's notice of an earnings call; the e-paper's
# navigation, page code `B044`, stock code `601512`, notice number `2023-056` and clock times (`15:00-16:00`, `16:00`)
# are furniture (excluded). The notice's two-line headline is stored twice (navigation, body): one title, lines joined.
# The stored text breaks off in section 二 (`2023年11月8日下`): cut after section 一. Printed `2023年11月01日`.
# Company: 中新苏州工业园区开发集团股份有限公司 (registered; `中新集团` its 证券简称). Its name holds 苏州工业园区 — a zone
# word inside a company name is no zone mention (heldout16): no zone. Dates (GUIDE: none inside a document's or an
# event's name): `2023年第三季度` counts only where it is the period itself (`了解公司2023年第三季度经营成果`,
# `针对2023年第三季度的经营成果`) → 2023-07..09; not in the notice's title (twice), the report's name
# (`2023年第三季度报告`) or the call's name (`2023年第三季度业绩说明会`) — hence check.py's count note (gold 2, page 6).
# `2023年11月8日` twice; the question window `2023年11月1日(星期三)至11月7日` one span (as heldout16's `今年1至10月`);
# `2023年10月28日`. No figures.
PUBLISHED = "2023-11-01"
PUBLISHED_INFERRED = False
ZX = "中新苏州工业园区开发集团股份有限公司"
ARTICLES = [A("中新苏州工业园区开发集团股份有限公司关于召开2023年第三季度业绩说明会的公告", None)]
ZONES = []
ENTERPRISES = [E(ZX, ["中新集团"])]
FIGURES = []
DATES = [D("2023年11月01日", "2023-11-01"), D("2023年11月8日", "2023-11-08"),
         D("2023年11月1日(星期三)至11月7日", "2023-11-01", "2023-11-07"), D("2023年10月28日", "2023-10-28"),
         D("2023年第三季度", "2023-07", "2023-09"), D("2023年11月8日", "2023-11-08"), D("2023年第三季度", "2023-07", "2023-09")]
EXCLUDE = ["B044", "601512", "2023-056", "15:00-16:00", "16:00"]
