# ejtech.ai (Hong Kong tech site) repost of a 信報財經新聞 `StartupBeat創科鬥室` column item, Traditional; the
# `原文刊於…` line and two photo captions kept. The stored text broke off after `至於` → cut after the last complete
# paragraph. No printed date: the list is `截至2020年3月31日`, `今年…586間` → published `2020` (inferred).
# `《蘇州高新區•2020胡潤全球獨角獸榜》` is a list name: neither its year (date) nor the zone in it (sponsor naming,
# as a zone word inside a company name, heldout16) counts → no zone on the page.
# Companies: 螞蟻集團 (group; `螞蟻金服` its former name, variant), 阿里 (short, with stock code), 字節跳動, 滴滴出行,
# 陸金所, SpaceX, 快手, 菜鳥網絡, Palantir Technologies (short). Not companies: 胡潤研究院 (institute), 抖音/TikTok
# (products), 信報/新華社/路透 (media). Headline figures count again (`586`, `15萬億`, `近八成`); `586獨角獸` and
# `15萬億` print no unit (""). `一萬億` (caption, no unit) and `一萬億元` (body) carry a scale word → figures;
# `一間`, `十大` no. `成` → ×10 %. Ranks (`第19位`, `第五位`, `第12位`) and `9年前` (span in 年) are no figures.
# `間` (firms) set to count by hand.
PUBLISHED = "2020"
PUBLISHED_INFERRED = True
L = dict(S="2020胡潤全球獨角獸榜", K="other")
P = "2020-03-31"
def C_(text, value, where, metric, **kw):
    return F(text, value, "間", kind="count", S=where, K="other", M=metric, P=P, **kw)
ARTICLES = [A("全球586獨角獸值15萬億 近八成來自中美 螞蟻最重磅", None)]
ZONES = []
ENTERPRISES = [E("螞蟻集團", ["螞蟻金服"], kind="group"), E("阿里", kind="short")] + [E(n, kind="short") for n in
               ["字節跳動", "滴滴出行", "陸金所", "SpaceX", "快手", "菜鳥網絡", "Palantir Technologies"]]
FIGURES = [
    F("586", 586, "", kind="count", **L, M="全球獨角獸企業", P=P),
    F("15萬億", 15000000000000, "", **L, M="獨角獸總價值", P=P),
    F("近八成", 80, "%", **L, M="來自中美的獨角獸占比", P=P),
    F("一萬億", 1000000000000, "", S="螞蟻集團", K="enterprise", M="估值", P=P),
    F("10億美元", 1000000000, "美元", approx=True, **L, M="獨角獸估值門檻"),
    F("12.9萬億元", 12900000000000, "元", **L, M="上榜獨角獸企業總價值", P=P),
    F("約14.5萬億港元", 14500000000000, "港元", **L, M="上榜獨角獸企業總價值", P=P),
    C_("586間", 586, "全球", "獨角獸企業"),
    C_("586間", 586, "全球", "獨角獸企業"),
    C_("92間", 92, "全球", "獨角獸企業增加", C=True),
    F("18.6%", 18.6, "%", S="全球", K="other", M="獨角獸企業升幅", P=P, C=True),
    C_("278間", 278, "亞洲", "獨角獸企業"),
    C_("122間", 122, "美國矽谷", "獨角獸企業"),
    F("21%", 21, "%", S="美國矽谷", K="other", M="獨角獸企業佔比", P=P),
    F("近八成", 80, "%", S="中美兩國", K="other", M="佔全球獨角獸總數", P=P),
    C_("233間", 233, "美國", "獨角獸企業"),
    C_("227間", 227, "中國", "獨角獸企業"),
    C_("24間", 24, "英國", "獨角獸企業"),
    C_("21間", 21, "印度", "獨角獸企業"),
    C_("93間", 93, "北京", "總部獨角獸企業"),
    C_("68間", 68, "三藩市", "獨角獸企業"),
    C_("47間", 47, "上海", "獨角獸企業"),
    F("5600億元", 560000000000, "元", S="字節跳動", K="enterprise", M="估值", P=P),
    F("600億元", 60000000000, "元", S="字節跳動", K="enterprise", M="估值跳升", P=P, C=True),
    F("一萬億元", 1000000000000, "元", S="螞蟻集團", K="enterprise", M="估值", P=P),
    F("5600億元", 560000000000, "元", S="字節跳動", K="enterprise", M="估值", P=P),
    F("600億元", 60000000000, "元", S="字節跳動", K="enterprise", M="估值跳升", P=P, C=True),
    F("2500億元", 250000000000, "元", S="SpaceX", K="enterprise", M="估值", P=P),
]
DATES = [D("2020年3月31日", P)]
EXCLUDE = ["《蘇州高新區•2020胡潤全球獨角獸榜》", "9年前", "第19位", "第12位", "(09988)"]
