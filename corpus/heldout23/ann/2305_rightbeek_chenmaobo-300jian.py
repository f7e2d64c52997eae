# rightbeek.com (a site republishing a Hong Kong daily's pages, Traditional script): a 中新社 wire on Hong Kong's
# investment promotion. Whole as returned. Issue line `第13490號` (an issue number, no figure) and the printed
# `2023年10月09日` / `2023-10-09` (published, not inferred) kept. Dates: `10月8日` and the bare day `8日` (2023-10-08,
# year inferred), `今年前9個月` → span 2023-01..2023-09 (heldout16's `今年前10月`). `上周`, `去年同期`, `過去大半年`
# no dated mentions.
# No company is named (投資推廣署, 引進重點企業辦公室 are government offices; 中新社 media); kept as the set's Traditional
# Hong Kong page with company counts (heldout16's 1613 likewise named none). No zone.
# Figures: `300間` (headline and body), `超過76間` (approx), `7%` (change), `20家`, `約200間`.
PUBLISHED = "2023-10-09"
PUBLISHED_INFERRED = False
IP = dict(S="投資推廣署", K="other", P=("2023-01", "2023-09"))
ARTICLES = [A("陳茂波:港府已協助300間企業進駐香港", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("300間", 300, "間", kind="count", **IP, M="協助進駐香港企業"),
    F("300間", 300, "間", kind="count", **IP, M="協助落戶香港企業"),
    F("超過76間", 76, "間", kind="count", **IP, M="協助落戶的歐洲企業"),
    F("7%", 7, "%", **IP, M="歐洲企業比去年同期增加", C=True),
    F("20家", 20, "家", S="引進重點企業辦公室", K="other", P="2023-10", M="首批重點企業夥伴"),
    F("約200間", 200, "間", kind="count", S="引進重點企業辦公室", K="other", M="接觸過企業"),
]
DATES = [D("2023年10月09日", "2023-10-09"), D("2023-10-09", "2023-10-09"), D("10月8日", "2023-10-08", inferred=True),
         D("8日", "2023-10-08", inferred=True), D("今年前9個月", "2023-01", "2023-09", inferred=True)]
EXCLUDE = ["第13490號"]
