# asensystem.com (a spam/aggregator site whose banner is `九游(浙江)股份有限公司-九游官网app服务千万家`, column
# `养殖资讯`), reposting 恒基地產's Hong Kong interim-results announcement: Simplified headline, Traditional body; the
# announcement's disclaimer and first paragraph stored twice (a teaser, then the body with the headline repeated as
# image caption `(图1)`). Printed `发布时间:2025-08-21`. Cut after the first full body paragraph following the repeat
# (the returned text broke off in the next).
# One article; its headline printed twice is one title (heldout10); `HK]` residue kept in the title as printed.
# `二零二五年` in the headline (twice) is the results' year (a date, as heldout10's `2022年度`); `二零二五年六月三十日`
# (twice) and `二零二四年` dates. Stock code `00012` (twice) and `(图1)` excluded. Enterprises: 恒基地产 (short, the
# issuer; `集團` unnamed), 香港交易及結算所有限公司 and 香港聯合交易所有限公司 (registered, the disclaimer), and the
# banner's `九游(浙江)股份有限公司` (a registered-form company name printed as the site's name: registered, NEW call —
# annotated as what the page names, though injected). Chinese-numeral amounts with scale words are figures
# (`港幣三十億四千八百萬元` = 3,048,000,000); each of the four teaser figures counts twice. `六個月` no scale word.
PUBLISHED = "2025-08-21"
PUBLISHED_INFERRED = False
HJ = dict(S="恒基地产", K="enterprise")
H1 = ("2025-01", "2025-06")
H0 = ("2024-01", "2024-06")
ARTICLES = [A("HK]恒基地产(00012):二零二五年中期业绩公布", None)]
ZONES = []
ENTERPRISES = [
    E("九游(浙江)股份有限公司"),
    E("恒基地产", kind="short"),
    E("香港交易及結算所有限公司"),
    E("香港聯合交易所有限公司"),
]
FIGURES = [
    F("港幣三十億四千八百萬元", 3048000000, "元", **HJ, M="股東應佔基礎盈利", P=H1),
    F("港幣五十四億四千一百萬元", 5441000000, "元", **HJ, M="股東應佔基礎盈利", P=H0),
    F("港幣二十三億九千三百萬元", 2393000000, "元", **HJ, M="基礎盈利減少", P=H1, C=True),
    F("44%", 44, "%", **HJ, M="基礎盈利減少", P=H1, C=True),
    F("港幣三十億四千八百萬元", 3048000000, "元", **HJ, M="股東應佔基礎盈利", P=H1),
    F("港幣五十四億四千一百萬元", 5441000000, "元", **HJ, M="股東應佔基礎盈利", P=H0),
    F("港幣二十三億九千三百萬元", 2393000000, "元", **HJ, M="基礎盈利減少", P=H1, C=True),
    F("44%", 44, "%", **HJ, M="基礎盈利減少", P=H1, C=True),
    F("港幣 0.63 元", 0.63, "元", **HJ, M="每股基礎盈利", P=H1),
    F("港幣 1.12 元", 1.12, "元", **HJ, M="每股基礎盈利", P=H0),
    F("約港幣二十五億零三百萬元", 2503000000, "元", **HJ, M="應佔收益", P=H0),
]
DATES = [
    D("二零二五年", "2025"), D("2025-08-21", "2025-08-21"), D("二零二五年六月三十日", "2025-06-30"),
    D("二零二五年", "2025"), D("二零二五年六月三十日", "2025-06-30"), D("二零二四年", "2024"),
]
EXCLUDE = ["00012", "(图1)"]
