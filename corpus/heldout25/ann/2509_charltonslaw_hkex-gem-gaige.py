# charltonslaw.com.cn (a Hong Kong law firm's Chinese site), Simplified; section `香港法律`, the issue line
# `2023年 10月` (a printed date with a space → published 2023-10) and the headline stored twice (one title). The text
# goes on into a background section whose paragraph breaks off: cut after the consultation paragraph.
# Company: 香港联合交易所有限公司 (registered) with the short names the page uses for it: `香港交易所` (bracketed),
# `HKEX` (headline). 香港证监会 is a regulator. `过往两年`/`两个财政年度` durations in 年 and `一家` a small
# count; `(1)`/`(2)` list numbers (no figures). `24 个月`, `12 个月`, `6星期` are durations (星期 set by hand).
# Facts: the proposal's thresholds and the shortened lock-up are targets (建议/将); subject GEM as printed.
PUBLISHED = "2023-10"
PUBLISHED_INFERRED = False
HK = "香港联合交易所有限公司"
G = dict(S="GEM", K="other", T=True)
ARTICLES = [A("HKEX就GEM上市改革进行咨询", None)]
ZONES = []
ENTERPRISES = [E(HK, ["香港交易所", "HKEX"])]
FIGURES = [
    F("1亿港元", 100000000, "港元", **G, M="最近两个财政年度收入要求"),
    F("3,000万港元", 30000000, "港元", **G, M="上市前两个财政年度研发开支要求"),
    F("15%", 15, "%", **G, M="研发开支占营运开支总额比例"),
    F("24 个月", 24, "个月", S="GEM", K="other", M="控股股东禁售期"),
    F("12 个月", 12, "个月", **G, M="控股股东禁售期"),
    F("6星期", 6, "星期", kind="duration", S=HK, K="enterprise", M="咨询时间"),
]
DATES = [D("2023年 10月", "2023-10"), D("2023年9月26日", "2023-09-26"), D("2023年11月6日", "2023-11-06")]
EXCLUDE = ["(1)", "(2)"]
