# wp.juanha.com (blog-type site reposting Hong Kong exchange filings), Simplified script: 香港小轮(集团)'s disclosure
# announcement with its hard line breaks (words split over lines kept). The stored text breaks off in the next
# section: cut after the property paragraph. No printed page date; the announcement's date `二零二五年八月十九日`
# (three times, Chinese-numeral date) → published 2025-08-19 (inferred).
# Title = the portal's headline line, stock code `00050` kept inside it (heldout10's 1014); `(股份代号: 50)`, list
# numbers `1.`–`3.`, `第14章` and the street number `众安街55号` are furniture.
# Companies: 香港小轮(集团)有限公司 (registered; `香港小轮(集团)` in the headline and the Latin name as printed,
# `HONG KONG FERY (HOLDINGS) COMPANY LIMITED` with its typo, are variants), 香港交易及结算所有限公司,
# 香港联合交易所有限公司, 民熹国际投资有限公司 (seller), 兴领投资有限公司 (buyer), 第一太平戴维斯(香港)有限公司 (agent):
# all registered. `港币260,000,000元` twice (summary and body). `超过5%但…低于25%` are the listing-rule ratio bounds.
# `约为12,720平方呎` (unit 平方呎, measure set by hand).
PUBLISHED = "2025-08-19"
PUBLISHED_INFERRED = True
XL = "香港小轮(集团)有限公司"
D19 = "2025-08-19"
PROP = "该物业"
ARTICLES = [A("00050 香港小轮(集团) 公告及通告:须予披露交易 – 收购物业", None)]
ZONES = []
ENTERPRISES = [
    E(XL, ["香港小轮(集团)", "HONG KONG FERY (HOLDINGS) COMPANY LIMITED"]),
    E("香港交易及结算所有限公司"), E("香港联合交易所有限公司"),
    E("民熹国际投资有限公司"), E("兴领投资有限公司"), E("第一太平戴维斯(香港)有限公司"),
]
FIGURES = [
    F("港币260,000,000元", 260000000, "元", S=XL, K="enterprise", M="收购物业代价", P=D19),
    F("5%", 5, "%", S="收购事项", K="other", M="适用百分比率", P=None),
    F("25%", 25, "%", S="收购事项", K="other", M="适用百分比率", P=None),
    F("港币260,000,000元", 260000000, "元", S=XL, K="enterprise", M="收购物业代价", P=D19),
    F("约为12,720平方呎", 12720, "平方呎", kind="measure", S=PROP, K="other", M="总楼面积", P=None),
]
DATES = [D("二零二五年八月十九日", D19), D("二零二五年八月十九日", D19), D("二零二五年八月十九日", D19)]
EXCLUDE = ["00050", "股份代号: 50", "第14章", "1. 日期", "2. 订约方", "3. 该物业", "众安街55号"]
