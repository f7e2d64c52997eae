# me-long.cn (content farm) copy, in Traditional script, of a 天津經開區 (TEDA) release; the first line is an adult-spam
# tag string (kept as stored; its `91`, `6` are no figures), `image.png` placeholders for the ranking tables kept. The
# stored text breaks off in the innovation paragraph: cut after `發展質量穩步提升`. Published 2023-02-24 as printed.
# `2022年天津市開發區綜合發展水平評價` is the name of an evaluation round (title, body twice, table heading): its year is
# no date (heldout16); nor is the `(2022年版)` inside the rules' name. `采用2021年度數據` and the two `2021年` are dates.
# Zone: 天津經開區 (canonical as printed; also inside the source line `天津經開區一泰達`), primary. The counts of
# participating zones (`16家開發區` …) name none; no company (泰達 there is the source's name).
# Facts: the statistics are of `參評開發區` (all 16 zones, printed `全部參評開發區`), 2021 data; `1/10` a fraction.
PUBLISHED = "2023-02-24"
PUBLISHED_INFERRED = False
TJ = "天津經開區"
K = dict(S="參評開發區", K="other")
P1 = dict(K, P="2021")
ARTICLES = [A("天津經開區斬獲三個第一!2022年天津市開發區綜合發展水平評價結果公布", TJ)]
ZONES = [Z(TJ, [TJ])]
ENTERPRISES = []
FIGURES = [
    F("16家", 16, "家", **K, M="參評開發區"),
    F("10家", 10, "家", **K, M="參評國家級開發開放區域"),
    F("6家", 6, "家", **K, M="參評市級經濟開發區"),
    F("16家", 16, "家", **K, M="參評開發區"),
    F("1/10", 0.1, "", kind="ratio", **K, M="土地面積占天津比重"),
    F("42.3%", 42.3, "%", **P1, M="地區生產總值占全市比重"),
    F("56.8%", 56.8, "%", **P1, M="工業增加值占全市比重"),
    F("80%以上", 80, "%", **P1, M="實際使用外資和進出口總額占全市比重"),
    F("13.9%", 13.9, "%", **P1, M="實際使用外資同比增長", C=True),
    F("85.2%", 85.2, "%", **P1, M="實際使用外資占全市比重"),
    F("70.5%", 70.5, "%", **P1, M="高技術產業實際使用外資同比增長", C=True),
    F("22.1%", 22.1, "%", **P1, M="進出口總額同比增長", C=True),
    F("5.8個百分點", 5.8, "個百分點", **P1, M="進出口總額增幅高于全市", C=True),
    F("84.1%", 84.1, "%", **P1, M="進出口總額占全市比重"),
    F("42.3%", 42.3, "%", **P1, M="地區生產總值占全市比重"),
    F("56.8%", 56.8, "%", **P1, M="工業增加值占全市比重"),
    F("10.3%", 10.3, "%", **P1, M="稅收收入同比增長", C=True),
    F("51.4%", 51.4, "%", **P1, M="稅收收入占全市比重"),
    F("5.27萬元/畝", 52700, "元/畝", **P1, M="畝均地區生產總值較上年度提高", C=True),
    F("2.76萬元/畝", 27600, "元/畝", **P1, M="畝均稅收較上年度提高", C=True),
]
DATES = [D("2023-02-24", "2023-02-24"), D("2021年度", "2021"), D("2021年", "2021"), D("2021年", "2021")]
EXCLUDE = ["91久久国产视频", "波多野结衣女教师6", "2022年天津市開發區綜合發展水平評價", "(2022年版)"]
