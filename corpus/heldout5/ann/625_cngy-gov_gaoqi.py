# cngy.gov.cn (巩义市人民政府); 发布时间 printed. The city is only called 我市 → facts' subject null (no named entity).
# `八大领域` is a small Chinese-numeral count → not a figure.
PUBLISHED = "2020-01-14"
PUBLISHED_INFERRED = False
ARTICLES = [A("我市新增国家高新技术企业13家", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("13家", 13, "家", M="新增国家高新技术企业", P="2019", C=True),
    F("13家", 13, "家", M="认定通过国家高新技术企业", P="2019", C=True),
    F("44家", 44, "家", M="国家高新技术企业", P="2020-01"),
]
DATES = [D("2020-01-14", "2020-01-14"), D("2019年", "2019")]
