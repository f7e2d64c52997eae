# zhaoxiaomao.com (content farm) copy of a 眉山 state-investment company's news item, converted to Traditional with
# bracketed pinyin readings after many characters, several alternative readings per bracket (`爲(wéi / wèi)`,
# `一(yī / yì /yí)`): kept as stored. Printed `發表日期:2021.11.15`. Whole as returned.
# Zone: the page names its zone only as bare `高新區` (five times: `高新區産業園`, `高新區管委會` …) in a story about
# 眉山 (`推動眉山…發展`): entered as 眉山高新區 (canonical from the page's city, in the page's script) with the bare
# form as its variant (heldout16 took bare `开发区` as a variant of a named zone); primary. Judgment: GUIDE's "a bare
# place name is no zone" concerns places, not the zone word.
# Companies: 市工投公司 (the city's industrial-investment company, `…公司` short), 眉山瑞業高新發展有限公司 (registered;
# the joint company). `合資公司` is generic. 高新科技材料産業園 is a park/project.
# No figures (`三年行動方案` a plan name; `一家` a small Chinese count). Dates: printed `2021.11.15`, `2021年10月18日`,
# `2021年10月26日`.
PUBLISHED = "2021-11-15"
PUBLISHED_INFERRED = False
MS = "眉山高新區"
ARTICLES = [A("高新科技材料産業園項目正式啓動", MS)]
ZONES = [Z(MS, ["高新區"])]
ENTERPRISES = [E("市工投公司", kind="short"), E("眉山瑞業高新發展有限公司")]
FIGURES = []
DATES = [D("2021.11.15", "2021-11-15"), D("2021年10月18日", "2021-10-18"), D("2021年10月26日", "2021-10-26")]
EXCLUDE = []
