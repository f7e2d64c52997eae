# zsj.jingzhou.gov.cn (荆州市招商促进中心, a city investment-promotion office's site), printed
# `发布时间:2023-02-06`; crumbs, `今天是:` and the image file name `1675653033350647.jpg` kept (file name no figure).
# The returned text breaks off inside the paragraph `百亿项目挺起荆州“工业脊梁”。2022年,…`; cut after the last
# complete paragraph (that paragraph, with its `2022年`, dropped). No zone: 荆州新能源新材料产业基地 is a 基地.
# Companies, all short, most heading project names (heldout10/16/40): 荆州伟胜新材料, 史丹利宜化, 华鲁恒升 (its
# `华鲁恒升荆州基地`), 金山化工, 山鹰, 玖龙 (variant 玖龙纸业), 仙鹤, 美的, 亿钧耀能, 云图新能源材料.
# `百亿级`/`百亿工业项目`/`百亿项目` are size classes (no figure); `千亿签约金额` is a Chinese-numeral amount with a
# scale word (figure, unit ""), `近千个项目` likewise (approx). Signing and start figures take the 1月31日 event day
# (2023, from the printed date); `近两年` → 2021–2022, `去年一年` → 2022; capacities after completion and the
# CO2 use of a plant under construction are targets; `目前` (60% progress) → the publication month.
PUBLISHED = "2023-02-06"
PUBLISHED_INFERRED = False
JZ = dict(S="荆州", K="other")
DAY = "2023-01-31"
ARTICLES = [A("10个百亿级工业项目“顶天立地” 荆州规上工业增加值增幅居全省首位", None)]
ZONES = []
ENTERPRISES = [E("荆州伟胜新材料", kind="short"), E("史丹利宜化", kind="short"), E("华鲁恒升", kind="short"),
               E("金山化工", kind="short"), E("山鹰", kind="short"), E("玖龙", ["玖龙纸业"], kind="short"),
               E("仙鹤", kind="short"), E("美的", kind="short"), E("亿钧耀能", kind="short"),
               E("云图新能源材料", kind="short")]
FIGURES = [
    F("10个", 10, "个", **JZ, M="百亿级工业项目", P=DAY),
    F("223个", 223, "个", **JZ, M="亿元以上项目集中开工", P=DAY),
    F("1632亿元", 163200000000, "元", **JZ, M="集中开工项目总投资", P=DAY),
    F("121亿元", 12100000000, "元", S="荆州伟胜新材料", K="enterprise", M="项目总投资", P=DAY),
    F("110亿元", 11000000000, "元", S="史丹利宜化", K="enterprise", M="项目总投资", P=DAY),
    F("千亿", 100000000000, "", **JZ, M="每季度签约金额", P=None),
    F("10个", 10, "个", **JZ, M="投产或在建百亿工业项目", P=DAY),
    F("21个", 21, "个", **JZ, M="累计签下百亿工业项目", P=("2021", "2022")),
    F("12个", 12, "个", **JZ, M="签下百亿工业项目", P="2022"),
    F("2300亩", 2300, "亩", S="华鲁恒升", K="enterprise", M="荆州基地占地", P=None),
    F("460亿元", 46000000000, "元", S="华鲁恒升", K="enterprise", M="项目总投资", P=None),
    F("60%", 60, "%", S="华鲁恒升", K="enterprise", M="一期项目建设进度", P="2023-02"),
    F("260亿元", 26000000000, "元", S="金山化工", K="enterprise", M="新能源材料项目投资", P=None),
    F("140万吨", 1400000, "吨", S="金山化工", K="enterprise", M="年消耗二氧化碳", P=None, T=True),
    F("超550亿元", 55000000000, "元", **JZ, M="造纸巨头总投资", P=None),
    F("1500万吨", 15000000, "吨", **JZ, M="造纸总产能", P=None, T=True),
    F("近千个", 1000, "个", **JZ, M="同步施工项目", P=None),
]
DATES = [D("2023-02-06", "2023-02-06"), D("1月31日", "2023-01-31", inferred=True),
         D("今年6月", "2023-06", inferred=True)]
EXCLUDE = ["1675653033350647"]
