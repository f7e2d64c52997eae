# glencovenewyork.com (domain re-used as a mirror of a 兰州新区 state-owned company's news page); whole as returned.
# Title: the headline without the column tag `强省会 · 我们在行动 |` and the prefix `喜报!` (heldout16: column tags and
# prefixes no part of it). Printed `发布时间:2024-11-21` → published; the page counter `点击量:183` is site furniture
# (README). `2024年` stands inside the title of the 公告 (`《对甘肃省认定机构2024年认定报备的第二批…公告》`): no date.
# Zone: 兰州新区 (…新区, a national new area; primary); its mention inside the company's registered name is no zone
# mention, the three others are. Companies: 兰州新区农投丝路园艺有限公司 (registered; `丝路园艺公司` its short form)
# and its parent 农科公司 (short). Universities, academies, 示范区/示范园 named as demonstration sites are no zones
# (`国家玫瑰鲜切花全产业链标准化示范区` is a farming standard site, not a GUIDE 示范区 of zone rank). No figure.
PUBLISHED = "2024-11-21"
PUBLISHED_INFERRED = False
ARTICLES = [A("兰州新区农投丝路园艺有限公司成功认定为高新技术企业", "兰州新区")]
ZONES = [Z("兰州新区", ["兰州新区"])]
ENTERPRISES = [E("兰州新区农投丝路园艺有限公司", ["丝路园艺公司"]), E("农科公司", kind="short")]
FIGURES = []
DATES = [D("2024-11-21", "2024-11-21")]
EXCLUDE = ["点击量:183", "2024年认定报备"]
