# panjin.gov.cn (盘锦市 government portal), one entry of the city yearbook: heading `项目建设`, one paragraph and the
# citation `(2023年年鉴)`; whole as returned. The heading is the page's title (a yearbook entry's headline).
# Published inferred `2023` (the yearbook's year; the entry reports 2022). The page names no place: the figures have
# no printed subject (null). No zone → primary null. `2022 年` is stored with a space (a date as stored);
# `2023年年鉴` is the name of a publication (no date, GUIDE).
# Companies heading project names (short, heldout10/16 convention): 东北新发地, 中蓝光电 (`中蓝光电马达`),
# 金发科技 (`金发科技ABS一期`), 长春化工 (`…锂电池铜箔二期`), 伟英兴 (`伟英兴聚芳醚酮`), 格林凯默 (`…新型材料中间体`).
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
ARTICLES = [A("项目建设", None)]
ZONES = []
ENTERPRISES = [E("东北新发地", kind="short"), E("中蓝光电", kind="short"), E("金发科技", kind="short"),
               E("长春化工", kind="short"), E("伟英兴", kind="short"), E("格林凯默", kind="short")]
FIGURES = [
    F("609个", 609, "个", M="开复工项目", P="2022"),
    F("101.5%", 101.5, "%", M="开复工率", P="2022"),
    F("344个", 344, "个", M="新开工项目", P="2022"),
    F("265个", 265, "个", M="复工续建项目", P="2022"),
    F("245个", 245, "个", M="竣工投产项目", P="2022"),
]
DATES = [D("2022 年", "2022")]
EXCLUDE = ["2023年年鉴"]
