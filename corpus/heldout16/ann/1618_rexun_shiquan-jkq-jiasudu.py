# washer.rexun.cn (aggregator, `财经` channel), crumbs kept, headline stored twice (`原标题:`, one title). No printed
# date: `2021年` is last year's output and the items run 2月10日–2月15日 of this year → published `2022-02` (inferred),
# `2月11日`, `2月10日`, `2月15日` → 2022 (inferred); `正月初八` → 2022-02-08 (Spring Festival 1 Feb 2022; NEW as 1617).
# The stored text breaks off in the 奥邦重工集团 profile paragraph: cut after the last complete one.
# Zone: 石泉经开区 (primary). Companies: 深鲨控股集团有限公司 (registered, twice; `公司`/`该公司`), 奥邦重工集团 (group,
# twice; `我们集团`), 阿尔斯通公司 (`…公司` → short, twice). 自嗨锅 is the product's brand (料理包), no entry.
# `一季度` (this year's first quarter) → 2022-01..2022-03 (heldout10's quarters). Counts with units set by hand: `袋` (count). `400件到450件` one range. Plans (`计划`, `年产…约3亿袋`, `用工突破1000人`)
# are targets.
PUBLISHED = "2022-02"
PUBLISHED_INFERRED = True
SQ = "石泉经开区"
SS = "深鲨控股集团有限公司"
AB = "奥邦重工集团"
EK = dict(S=SS, K="enterprise")
ARTICLES = [A("石泉经开区:按下“快进键” 跑出“加速度”", SQ)]
ZONES = [Z(SQ, [SQ])]
ENTERPRISES = [E(SS), E(AB, kind="group"), E("阿尔斯通公司", kind="short")]
FIGURES = [
    F("2500万袋", 25000000, "袋", kind="count", **EK, M="待生产订单", P="2022-02-11"),
    F("1.5亿袋", 150000000, "袋", kind="count", **EK, M="生产料理包", P="2021"),
    F("3亿元", 300000000, "元", **EK, M="年产值", P="2021"),
    F("2000余万元", 20000000, "元", **EK, M="发放工资", P="2021"),
    F("1000余万元", 10000000, "元", **EK, M="缴税", P="2021"),
    F("500余人", 500, "人", **EK, M="稳定用工", P="2021"),
    F("1万余亩", 10000, "亩", **EK, M="带动蔬菜种植", P="2021"),
    F("5亿元", 500000000, "元", **EK, M="计划年产值", P="2022", T=True),
    F("约3亿袋", 300000000, "袋", kind="count", **EK, M="年产料理包", P=None, T=True),
    F("1000人", 1000, "人", **EK, M="用工", P=None, T=True),
    F("1500件", 1500, "件", S=AB, K="enterprise", M="待交付订单", P="2022-02-15"),
    F("400件到450件", 400, "件", vmax=450, S=AB, K="enterprise", M="当班产量", P="2022-02"),
]
DATES = [D("一季度", "2022-01", "2022-03", inferred=True), D("2月11日", "2022-02-11", inferred=True), D("2月10日", "2022-02-10", inferred=True), D("2021年", "2021"),
         D("正月初八", "2022-02-08", inferred=True), D("2月15日", "2022-02-15", inferred=True)]
EXCLUDE = []
