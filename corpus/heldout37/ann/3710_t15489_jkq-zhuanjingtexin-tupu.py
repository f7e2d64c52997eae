# t15489.cn (content farm) copy, in Traditional script with glued pinyin readings, of a 21世紀經濟報道 feature; the
# first line is an adult-spam tag string (kept as stored; its `2345`, `18`, `99` are no figures). The stored text
# breaks off in the ranking paragraph (`…排名看,北`): cut after the paragraph before. Published 2021-10-15 as printed.
# `2020年國家級經開區綜合發展水平考核評價` is an evaluation round's name (no date, heldout16) and `前20` a rank (no
# figure); `未來5年` a duration in 年; `21世紀` is inside the media names. No zone is named before the cut, no company.
# Chinese-numeral amounts with a scale word are figures (GUIDE): `百萬家` 1e6, `十萬家` 1e5, `萬家` 1e4, `千家以上`
# 1000 (approx) — the national five-year goals (target, no period stated).
PUBLISHED = "2021-10-15"
PUBLISHED_INFERRED = False
GX = dict(S="工信部", K="other", P="2021-10")
WG = dict(S="我國", K="other", T=True)
ARTICLES = [A("全國經(jīng)開區(qū)專精特新企業(yè)圖譜", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("3批", 3, "批", **GX, M="公示專精特新“小巨人”企業批次"),
    F("4762家", 4762, "家", **GX, M="公示專精特新“小巨人”企業"),
    F("百萬家", 1000000, "家", **WG, M="培育創新型中小企業"),
    F("十萬家", 100000, "家", **WG, M="培育專精特新中小企業"),
    F("萬家", 10000, "家", **WG, M="培育專精特新“小巨人”企業"),
    F("千家以上", 1000, "家", **WG, M="培育制造業單項冠軍企業"),
]
DATES = [D("2021-10-15", "2021-10-15")]
EXCLUDE = ["2345欧美影视大全免费", "18禁夜色福利院在线播放", "了解最新99久久精品免费精品国产", "21世紀", "未來5年",
           "2020年國家級經(jīng)開區(qū)綜合發(fā)展水平考核評價", "前20"]
