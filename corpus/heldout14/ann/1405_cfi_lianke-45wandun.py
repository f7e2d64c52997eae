# cfi.cn (中财网, financial portal), `[快讯]` item on a listed company's announcement, printed `时间:2026年01月26日
# 20:53:22` (clock no figure). The channel tag `[快讯]` is no part of the title (heldout10's forum tag `[新聞]`).
# Stray spaces inside words (`董 事会`, `二氧 化硅`) kept as stored. Cut after the company-profile lines, before the
# 经营范围 paragraph that runs on into the project details and breaks off mid-sentence.
# Companies: 山东联科科技股份有限公司 (listed; `联科科技` in the headline is its short name; the generic `公司` of
# `(以下简称“公司”)` is no name), 山东联科化工有限公司 (`联科化工` its bracketed short name), CaldicB.V (Dutch
# shareholder, printed without space; `B.V.` is a registered legal form → registered, NEW). 中财网 is the medium,
# 深圳证券交易所 only inside a rule book's title. No zone.
# Figures: the project name `…年产45万吨…改扩建` carries a capacity, no figure (project name, heldout7/8/10/12).
# `美元陆仟贰佰捌拾万元整` (registered capital in financial numerals with 万) → 62,800,000 美元 (GUIDE: Chinese
# numerals with a scale word are figures; currency from the printed `美元`). Addresses `558号`, `4688号` are furniture.
# `第三届`, `第十三次` are ordinals.
PUBLISHED = "2026-01-26"
PUBLISHED_INFERRED = False
LK = "山东联科科技股份有限公司"
HG = "山东联科化工有限公司"
ARTICLES = [A("联科科技:山东联科科技股份有限公司控股子公司拟投资建设项目", None)]
ZONES = []
ENTERPRISES = [
    E(LK, ["联科科技"]),
    E(HG, ["联科化工"]),
    E("CaldicB.V"),
]
FIGURES = [
    F("美元陆仟贰佰捌拾万元", 62800000, "美元", S=HG, K="enterprise", M="注册资本", P=None),
    F("98.51%", 98.51, "%", S=LK, K="enterprise", M="持股联科化工比例", P=None),
    F("1.49%", 1.49, "%", S="CaldicB.V", K="enterprise", M="持股联科化工比例", P=None),
]
DATES = [D("2026年01月26日", "2026-01-26"), D("2026年1月26日", "2026-01-26"), D("2006年09月11日", "2006-09-11")]
EXCLUDE = ["20:53:22", "年产45万吨", "558号", "4688号"]
