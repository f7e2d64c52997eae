# 1111boss.com.tw (Taiwan job bank's entrepreneurship news column), Traditional, Taiwan author; the `作者介紹` block
# and the teaser list after the last paragraph cut. Printed `2016-12-14`; `15日` (the coming anniversary party) →
# 2016-12-15 (year inferred); `1980年` the park's founding. `36周年`/`36週年`/`36年的發展` are anniversaries and a
# duration in 年 (no figures, excluded); `5+2創新產業` a slogan (excluded). `15萬餘從業員工`: no unit printed → "";
# `1兆元以上` in Taiwan usage 兆 = 10^12. No zone: 新竹科學園區/竹科 is a Taiwan science park (heldout16: Taiwan parks are
# no GUIDE zones). Company: 京元電子 (short). Not enterprises: 竹科管理局, the Turkish Hacettepe sister park.
PUBLISHED = "2016-12-14"
PUBLISHED_INFERRED = False
ZK = dict(S="新竹科學園區", K="other", P="2016-12")
ARTICLES = [A("竹科36周年 再造創新創業基地", None)]
ZONES = []
ENTERPRISES = [E("京元電子", kind="short")]
FIGURES = [
    F("6個", 6, "個", **ZK, M="基地"),
    F("500多家", 500, "家", **ZK, M="廠商"),
    F("15萬餘", 150000, "", kind="count", **ZK, M="從業員工"),
    F("1兆元以上", 1000000000000, "元", S="新竹科學園區", K="other", M="產值"),
]
DATES = [D("2016-12-14", "2016-12-14"), D("15日", "2016-12-15", inferred=True), D("1980年", "1980")]
EXCLUDE = ["36周年", "36週年", "36年", "5+2"]
