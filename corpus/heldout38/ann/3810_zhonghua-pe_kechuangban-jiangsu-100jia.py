# zhonghua-pe.com (中华PE, investment portal) copy of a 上海证券报 feature; the date/source/counter line (`浏览次数:0`,
# `网友评论 0 条`, counters, no figures) and the site's `中华PE:` label kept; the stored text breaks off mid-paragraph:
# cut after the last complete paragraph. Published: the printed `2023-04-04`; `4月4日` the same day (inferred), `2019年7月`,
# `2020年5月`. Zone: 连云港市经济技术开发区 (canonical as printed; not the article's subject: primary null). Companies
# (short): 华海诚科, 华兴源创, 南京证券 (a securities firm, as a bank); 上海证券报/中华PE media, 江苏证监局 a government body.
# The headline's `突破百家` is a Chinese-numeral milestone with a scale word (heldout16 NEW) → 100家; `近五分之一` a spelled
# fraction → 0.2 ratio, approx; `每五家` a small Chinese count, no figure. `100家` stands three times, `512家` twice.
PUBLISHED = "2023-04-04"
PUBLISHED_INFERRED = False
JS = dict(S="江苏", K="other", P="2023-04-04")
KC = dict(S="科创板", K="other", P="2023-04-04")
ARTICLES = [A("科创板上市公司率先突破百家 “苏大强”变身“苏科强”", None)]
ZONES = [Z("连云港市经济技术开发区", ["连云港市经济技术开发区"])]
ENTERPRISES = [E("华海诚科", kind="short"), E("华兴源创", kind="short"), E("南京证券", kind="short")]
FIGURES = [
    F("百家", 100, "家", **JS, M="科创板上市公司数量"),
    F("100家", 100, "家", **JS, M="科创板上市公司数量"),
    F("512家", 512, "家", **KC, M="科创板公司数量"),
    F("19.5%", 19.5, "%", approx=True, **JS, M="科创板公司占比"),
    F("近五分之一", 0.2, "", kind="ratio", **JS, M="科创板公司占比"),
    F("512家", 512, "家", **KC, M="科创板公司数量"),
    F("100家", 100, "家", **JS, M="科创板公司数量"),
    F("100家", 100, "家", **JS, M="科创板公司数量"),
]
DATES = [D("2023-04-04", "2023-04-04"), D("4月4日", "2023-04-04", inferred=True), D("2019年7月", "2019-07"),
         D("2020年5月", "2020-05")]
EXCLUDE = ["11:29:27", "浏览次数:0", "网友评论 0 条"]
