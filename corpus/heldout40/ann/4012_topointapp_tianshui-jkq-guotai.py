# topointapp.com (content farm) copy of a 天水 story, Traditional with glued readings (`經(jīng)濟(jì)`); three headline
# lines: the two-line main headline joined, the third (`一期總投資30億元 建成后年銷售收入約150億元`) a subheading
# whose figures count as their own occurrences. Breaks off in the mayor's speech: cut after the project paragraph
# (its last characters a conversion garble `?jié)摿Α?`). No printed date: published from the URL path
# (2014041310… → 2014-04-13, inferred); `4月12日` inferred 2014.
# Zone: 天水經濟技術開發區 (primary), stored with readings; variant the stored form (it also stands after
# `國家級(jí)`). Company: 國泰之光新材料有限公司 (registered, twice); 國泰之光新材料研究院 is an institute (no
# enterprise). Annual sales after completion are targets (no period); investment and land of the signed project are
# levels of the signing day.
PUBLISHED = "2014-04-13"
PUBLISHED_INFERRED = True
TS = "天水經濟技術開發區"
GT = "國泰之光新材料有限公司"
ARTICLES = [A("天水經(jīng)濟(jì)技術(shù)開發(fā)區(qū)與國泰之光新材料研究院合作項(xiàng)目簽約儀式在天水舉行", TS)]
ZONES = [Z(TS, ["天水經(jīng)濟(jì)技術(shù)開發(fā)區"])]
ENTERPRISES = [E(GT)]
DAY, EK = "2014-04-12", "enterprise"
FIGURES = [
    F("30億元", 3000000000, "元", S=GT, K=EK, M="一期總投資", P=DAY),
    F("約150億元", 15000000000, "元", S=GT, K=EK, M="年銷售收入", T=True),
    F("約1000畝", 1000, "畝", S=GT, K=EK, M="項目占地", P=DAY),
    F("30億元", 3000000000, "元", S=GT, K=EK, M="一期總投資", P=DAY),
    F("約20億元", 2000000000, "元", S=GT, K=EK, M="固定資產投資", P=DAY),
    F("約150億元", 15000000000, "元", S=GT, K=EK, M="年銷售收入", T=True),
]
DATES = [D("4月12日", "2014-04-12", inferred=True)]
EXCLUDE = []
