# pdsxcq.gov.cn (平顶山 新城区 government site), zone news; crumbs and field line kept. Printed `发布日期:2025-02-19`.
# The stored text breaks off in the 有关负责人 paragraph: cut after the 近年来 one. Zone: 平顶山平新先进制造业开发区
# (…开发区; `平新开发区` its given short name; primary). Companies: 河南平高通用电气有限公司, 伟太纺织品有限公司
# (registered; `该公司` references). `一季度` (three times: headline, `预计一季度产值`, `为拼抢一季度`) → 2025-01..2025-03
# and `2月10日` → 2025 (inferred); `首季` has no calendar number (no date). `“四上”企业` a category name; its count
# `19家` a figure. `目前` → the publication day.
PUBLISHED = "2025-02-19"
PUBLISHED_INFERRED = False
PX = "平顶山平新先进制造业开发区"
PZ = dict(S=PX, K="zone", P="2025-02-19")
ARTICLES = [A("平新开发区全力拼抢一季度“开门红”", PX)]
ZONES = [Z(PX, [PX, "平新开发区"])]
ENTERPRISES = [E("河南平高通用电气有限公司"), E("伟太纺织品有限公司")]
FIGURES = [
    F("30余家", 30, "家", **PZ, M="入驻企业"),
    F("19家", 19, "家", **PZ, M="“四上”企业"),
    F("8家", 8, "家", **PZ, M="规上工业企业"),
]
DATES = [D("一季度", "2025-01", "2025-03", inferred=True)] * 3 + [D("2025-02-19", "2025-02-19"),
         D("2月10日", "2025-02-10", inferred=True)]
EXCLUDE = []
