# damyunjae.com (copy of a county-level city's government open-information page; the `发布机构` field carries an
# injected spam site name, kept as stored), printed `生成日期 | 2023-10-18 | 公开日期 | 2023-10-18`. The summary field
# (`内容概况`) repeats the lead: its figures/dates count at each occurrence (heldout9). The stored text breaks off in
# the paragraph on the completed projects: cut after the last complete paragraph.
# The zone is never named (bare `经开区`; the city only through its party secretary) → no zone, null subjects
# (heldout8). No company remains. `31只` (只 as classifier of projects) → count; `2023年…开工、竣工仪式` a
# ceremony's year → date (heldout9). `超50亿元` (numeral, approx) is a figure; `百亿元级` (size class) and `双千亿`
# (slogan) are not. The index code `014046317/2023-04100` is furniture.
PUBLISHED = "2023-10-18"
PUBLISHED_INFERRED = False
D17 = "2023-10-17"
ARTICLES = [A("经开区31只重大项目集中开竣工", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("31只", 31, "只", kind="count", M="集中开竣工重大项目", P=D17),
    F("273亿元", 27300000000, "元", M="总投资", P=D17),
    F("31只", 31, "只", kind="count", M="集中开竣工重大项目", P=D17),
    F("273亿元", 27300000000, "元", M="总投资", P=D17),
    F("31只", 31, "只", kind="count", M="集中开竣工重大项目", P=D17),
    F("超50亿元", 5000000000, "元", M="重大项目投资门槛", P=None),
]
DATES = [
    D("2023-10-18", "2023-10-18"),
    D("2023-10-18", "2023-10-18"),
    D("10月17日", D17, inferred=True),
    D("2023年", "2023"),
    D("10月17日", D17, inferred=True),
    D("2023年", "2023"),
]
EXCLUDE = ["014046317/2023-04100"]
