# agora0.github.io (an archive mirroring RTHK news items, Traditional script): 新世界發展's interim results. Whole as
# returned (one stored paragraph after the headline line). The headline and the printed date `Feb 25, 2022` share the
# first line: title is the headline, `Feb 25, 2022` a printed date (published 2022-02-25, not inferred).
# Dates: `Feb 25, 2022`; `去年底` twice (→ 2021-12, year inferred; GUIDE's `2020年底`); fiscal years `2022財政年度`,
# `2023財政年度` (heldout16: fiscal years are dates). `去年同期`, `上半財年` no calendar value of their own.
# Company: 新世界發展 (short, twice). Not enterprises: RTHK (media), K11 MUSEA人文購物藝術館 (a mall).
# Figures: `888號` is a street number (no figure). Facts: the interim half to 2021-12 (FY2022 H1 = 2021-07..2021-12);
# sales to be booked in FY2022 H2 / FY2023 → target with those periods.
PUBLISHED = "2022-02-25"
PUBLISHED_INFERRED = False
NW = "新世界發展"
H = dict(S=NW, K="enterprise", P=("2021-07", "2021-12"))
ARTICLES = [A("新世界發展中期收入約356億元 按年持平", None)]
ZONES = []
ENTERPRISES = [E(NW, kind="short")]
FIGURES = [
    F("約356億元", 35600000000, "元", **H, M="中期收入"),
    F("355.7億元", 35570000000, "元", **H, M="中期收入"),
    F("約93.5億元", 9350000000, "元", **H, M="物業發展收入"),
    F("近27%", 27, "%", **H, M="物業發展收入按年跌", C=True),
    F("60.1億元", 6010000000, "元", S=NW, K="enterprise", P=("2022-01", "2022-06"), M="香港未入帳應佔物業合約銷售收入入帳", T=True),
    F("近248.1億元", 24810000000, "元", S=NW, K="enterprise", P=("2022-07", "2023-06"), M="香港未入帳應佔物業合約銷售收入入帳", T=True),
    F("約25.2億元", 2520000000, "元", **H, M="物業投資收入"),
    F("近9%", 9, "%", **H, M="物業投資收入按年升", C=True),
    F("4%", 4, "%", **H, M="香港物業投資收入升", C=True),
    F("近15億元", 1500000000, "元", **H, M="香港物業投資收入"),
]
DATES = [D("Feb 25, 2022", "2022-02-25"), D("去年底", "2021-12", inferred=True), D("去年底", "2021-12", inferred=True),
         D("2022財政年度", "2022"), D("2023財政年度", "2023")]
EXCLUDE = ["888號", "K11"]
