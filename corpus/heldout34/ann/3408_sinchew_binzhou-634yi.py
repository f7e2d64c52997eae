# northern.sinchew.com.my (星洲网, Malaysian Chinese daily, 北马 channel), Simplified; site menus, `ADVERTISEMENT`
# lines and the tag list stored twice before the headline; printed `发布: 9:47pm 23/04/2024` (clock no figure) →
# published 2024-04-23. The stored text breaks a sentence after `1万7623个新` (kept as stored) and runs off in the
# `他也说,槟城因其发达的工…` paragraph: cut after the photo caption before it. `(威南23日讯)` → 2024-04-23 (inferred);
# bare `去年` (2023) resolves periods but is no date; `马来西亚2030年新工业总体规划(NIMP 2030)` is a plan name: no date.
# No zone (峇都交湾工业园 an industrial park; 槟州 a state). Company: 美国超科林半导体 → `超科林半导体` (short, the country
# word is no part of the name) with its Latin short name `UCT` as variant. Not enterprises: 马来西亚投资发展局, MITI
# (ministry), 槟城投资机构 (state agency). The headline's `逾1.7万` and `634亿` carry no unit (unit ""); 令吉 amounts are
# money (kind set by hand). `创造…就业机会` is a forecast (预计将 → target).
PUBLISHED = "2024-04-23"
PUBLISHED_INFERRED = False
BZ = dict(S="槟州", K="other")
UCT = "超科林半导体"
ARTICLES = [A("曹观友:创造逾1.7万就业机会 槟州去年制造业投资额634亿", None)]
ZONES = []
ENTERPRISES = [E(UCT, ["UCT"], kind="short")]
FIGURES = [
    F("逾1.7万", 17000, "", kind="count", **BZ, M="就业机会", P="2023", T=True),
    F("634亿", 63400000000, "", kind="money", **BZ, M="制造业投资额", P="2023"),
    F("634亿令吉", 63400000000, "令吉", kind="money", **BZ, M="核准的投资额", P="2023"),
    F("463%", 463, "%", **BZ, M="投资额年增", P="2023", C=True),
    F("42%", 42, "%", **BZ, M="占全国总额", P="2023"),
    F("149个", 149, "个", **BZ, M="制造业项目", P="2023"),
    F("1万7623个", 17623, "个", **BZ, M="新就业机会", P="2023", T=True),
    F("4350亿令吉", 435000000000, "令吉", kind="money", **BZ, M="出口额", P="2023"),
    F("31%", 31, "%", **BZ, M="出口额占全国", P="2023"),
    F("2.5亿令吉", 250000000, "令吉", kind="money", S=UCT, K="enterprise", M="新工厂投资", P="2024-04-23"),
]
DATES = [D("23/04/2024", "2024-04-23"), D("23日", "2024-04-23", inferred=True)]
EXCLUDE = ["9:47pm", "马来西亚2030年新工业总体规划(NIMP 2030)"]
