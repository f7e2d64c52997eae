# gzxrnews.com (兴仁 county news portal) repost of 黔西南日报: the prefecture's industry at its 40th anniversary. Crumbs,
# the share menu (微信/微博/APP), the portal's run-on summary paragraph and the printed `2022-04-30 09:34` kept; the text
# is cut after the last complete paragraph (the `1-2月` paragraph broke off mid-sentence; a photo caption before it too).
# Title: the list headline `【辉煌四十年•奋进黔西南】新型工业化一路高歌奋进` (column tag no part) and the printed headline
# `新型工业一路高歌奋进` (kicker `—— 黔西南建州40周年工业发展扫描` no part) are one article (NEW in heldout40: the printed
# headline). Primary zone null: the story is the prefecture's; 义龙新区 (…新区) is named once. Company: 稀美资源(贵州)科技有限公司
# (registered) with `稀美资源科技公司`, `稀美资源公司` (a caption and the text); 骅骏铝业 (short, heading a project).
# Every occurrence counts: the summary repeats the quote (`4条`, `144吨`, `720吨` twice each, `4条` a third time later).
# `40周年` (an anniversary in 年) and `第3位` (rank) are no figures; `2月底` → February (twice, year inferred).
# Capacities and line counts `现在` → the publication month; `今年预计产值` a target for 2022.
PUBLISHED = "2022-04-30"
PUBLISHED_INFERRED = False
XM = "稀美资源(贵州)科技有限公司"
EK = dict(S=XM, K="enterprise")
NOW = "2022-04"
ARTICLES = [A("新型工业一路高歌奋进", None)]
ZONES = [Z("义龙新区", ["义龙新区"])]
ENTERPRISES = [E(XM, ["稀美资源科技公司", "稀美资源公司"]), E("骅骏铝业", kind="short")]
FIGURES = [
    F("4条", 4, "条", **EK, M="正常生产的生产线", P=NOW),
    F("144吨", 144, "吨", **EK, M="年产钽", P=NOW),
    F("720吨", 720, "吨", **EK, M="年产铌", P=NOW),
    F("4条", 4, "条", **EK, M="正常生产的生产线", P=NOW),
    F("144吨", 144, "吨", **EK, M="年产钽", P=NOW),
    F("720吨", 720, "吨", **EK, M="年产铌", P=NOW),
    F("3亿元", 300000000, "元", **EK, M="产值", P="2022", T=True),
    F("4条", 4, "条", **EK, M="满负荷生产的生产线", P=NOW),
    F("12.5%", 12.5, "%", S="黔西南州", K="other", M="规模以上工业增加值增长", P="2021", C=True),
]
DATES = [D("2022-04-30", "2022-04-30"), D("2月底", "2022-02", inferred=True), D("2月底", "2022-02", inferred=True),
         D("2020年9月", "2020-09"), D("2021年6月", "2021-06"), D("2021年", "2021")]
EXCLUDE = ["09:34", "40周年", "第3位"]
