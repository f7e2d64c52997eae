# stock.99niu.com (stock portal) item on a listed company's risk notice; the headline is stored twice (and once more
# in the `关键词` field): one title. Printed `2017-05-17` (clock excluded). The stored text breaks off in the last
# paragraph (`河北省`): cut after the paragraph before it (its `昨日`, `昨日晚` are lost with it). `5月16日` → 2017-05-16,
# `5月3日` (twice) → 2017-05-03 (year inferred); `当晚` refers back to 5月16日, no date of its own; `未来3至5年` (twice)
# is a duration in 年: no figure (excluded). Zone: 雄安新区 (…新区, five mentions); primary none — the article is about
# the company's Hebei plan, 雄安 one of its places. Companies: 深圳华强 (listed company; `该公司`, `上市公司`), its
# controlling shareholder 华强集团 (group; `华强` in `华强特有的` its variant), 华强方特 (heads the 三部曲 project; short).
# `6到10个` a range (6–10), `超过600亿元` approx; both plans (拟 → target).
PUBLISHED = "2017-05-17"
PUBLISHED_INFERRED = False
HQ = "华强集团"
ARTICLES = [A("深圳华强发布大股东重要投资计划", None)]
ZONES = [Z("雄安新区", ["雄安新区"])]
ENTERPRISES = [E("深圳华强", kind="short"), E(HQ, ["华强"], kind="group"), E("华强方特", kind="short")]
FIGURES = [
    F("6到10个", 6, "个", vmax=10, S=HQ, K="enterprise", M="河北投资项目", T=True),
    F("超过600亿元", 60000000000, "元", S=HQ, K="enterprise", M="河北投资金额", T=True),
]
DATES = [D("2017-05-17", "2017-05-17"), D("5月16日", "2017-05-16", inferred=True), D("5月3日", "2017-05-03", inferred=True),
         D("5月3日", "2017-05-03", inferred=True)]
EXCLUDE = ["10:12:42", "3至5年"]
