# m.svartography.com (content farm, `淮安新聞` channel of a classifieds site) in Traditional script with glued readings
# (`經(jīng)開(kāi)區(qū)`). The site banner (`只要2步` furniture), crumbs with the headline, the printed `2025-02-16 10:21` and the
# counter (`關注度:347`) kept; the text is cut after the `導讀` paragraph (the body broke off in its repeat of it).
# Title stored with readings; the crumb repeat is the same title. Zone: 淮安經開區, canonical without readings, variants
# as stored (`淮安經(jīng)開(kāi)區(qū)` twice, `淮安經(jīng)濟(jì)技術(shù)開(kāi)發(fā)區(qū)`). No company on the kept text. `3+N` a slogan.
# Figures keep the glued reading inside their text (`100個(gè)`); `50億元以上` a threshold (approx, no period).
# `去年以來` has no calendar value; `2024年` → 2024.
PUBLISHED = "2025-02-16"
PUBLISHED_INFERRED = False
HA = "淮安經開區"
ZK = dict(S=HA, K="zone")
ARTICLES = [A("集鏈成群 向“新”而行,淮安經(jīng)開(kāi)區(qū)以高質(zhì)量項(xiàng)目建設(shè)推動(dòng)高質(zhì)量發(fā)展", HA)]
ZONES = [Z(HA, ["淮安經(jīng)開(kāi)區(qū)", "淮安經(jīng)濟(jì)技術(shù)開(kāi)發(fā)區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("100個(gè)", 100, "個", **ZK, M="新簽約億元以上項目", P="2024"),
    F("50億元以上", 5000000000, "元", **ZK, M="項目投資門檻", P=None),
    F("4個(gè)", 4, "個", **ZK, M="新簽約50億元以上項目", P="2024"),
]
DATES = [D("2025-02-16", "2025-02-16"), D("2024年", "2024")]
EXCLUDE = ["只要2步", "10:21", "347", "3+N"]
