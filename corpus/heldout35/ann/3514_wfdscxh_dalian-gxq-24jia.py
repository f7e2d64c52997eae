# wfdscxh.com (an association-style site reposting news) copy of a 大连日报 item via 大连市人民政府: empty table-row
# pipes, then the headline in a row with `来源…点击数:85次 更新时间:2025/10/5 10:41:41` (counter and clock no figures) →
# published 2025-10-05; the repost disclaimer after `来源: 大连日报` cut.
# Zone 大连高新区 (primary), also called bare `高新区` (title, body) → a variant. No company named.
# `2025辽宁省瞪羚独角兽企业创新积分Top100` is a list name (its year without 年 no date, `Top100` no figure); `百强`
# (`全省百强席位`, `百强榜单`) list names, no figures. `近四分之一` a spelled fraction → 0.25 ratio approx (heldout16's
# `约三分之二`). The list's counts refer to the 2025 list; the cumulative counts (`截至目前`) to 2025-10.
PUBLISHED = "2025-10-05"
PUBLISHED_INFERRED = False
DL = "大连高新区"
L = dict(S=DL, K="zone", P="2025")
N = dict(S=DL, K="zone", P="2025-10")
ARTICLES = [A("高新区24家企业榜上有名", DL)]
ZONES = [Z(DL, [DL, "高新区"])]
ENTERPRISES = []
FIGURES = [
    F("24家", 24, "家", **L, M="上榜企业"),
    F("24家", 24, "家", **L, M="上榜企业"),
    F("近四分之一", 0.25, "", kind="ratio", **L, M="占据全省百强席位"),
    F("24家", 24, "家", **L, M="上榜企业"),
    F("9家", 9, "家", **L, M="上榜独角兽类企业"),
    F("4家", 4, "家", **L, M="上榜潜在独角兽"),
    F("4家", 4, "家", **L, M="上榜种子独角兽"),
    F("1家", 1, "家", **L, M="上榜独角兽"),
    F("41%", 41, "%", **L, M="占比百强榜单独角兽类企业总量"),
    F("15家", 15, "家", **L, M="上榜瞪羚企业"),
    F("19%", 19, "%", **L, M="占比百强榜单瞪羚企业总量"),
    F("959家", 959, "家", **N, M="已培育高成长企业"),
    F("9家", 9, "家", **N, M="独角兽类企业"),
    F("1家", 1, "家", **N, M="独角兽"),
    F("4家", 4, "家", **N, M="潜在独角兽"),
    F("4家", 4, "家", **N, M="种子独角兽"),
    F("100%", 100, "%", **N, M="独角兽类企业占比大连市总量"),
    F("32.1%", 32.1, "%", **N, M="独角兽类企业占比辽宁省总量"),
    F("99家", 99, "家", **N, M="瞪羚企业"),
    F("27.3%", 27.3, "%", **N, M="瞪羚企业占比大连市总量"),
    F("7.4%", 7.4, "%", **N, M="瞪羚企业占比辽宁省总量"),
    F("851家", 851, "家", **N, M="雏鹰企业"),
    F("46%", 46, "%", **N, M="雏鹰企业占比大连市总量"),
    F("14.8%", 14.8, "%", **N, M="雏鹰企业占比辽宁省总量"),
]
DATES = [D("2025/10/5", "2025-10-05")]
EXCLUDE = ["85次", "10:41:41", "2025辽宁省瞪羚独角兽企业创新积分Top100"]
