# xjmm918.com (content farm): a clickbait headline (`鲤城新增一主题公园!就在江南新区!`, stored three times, one title
# as printed) over an unrelated 福建日报 story on 惠安 petrochemicals, in Simplified script with glued pinyin readings
# (`产值(gōngyèchǎnzhí)`, `有限公司(yǒuxiàngōngsī)`); paragraphs are run together with spaces. The stored text
# breaks off in the `走出(zǒuchū)…` paragraph: cut before it. Published 2025-06-30: the story's own printed source line
# `《福建日报》2025年6月(yuè)30日第01版` (date text with its glued reading; `第01版` a page number, `238 0` counters).
# No zone (judgment calls): 泉惠石化工业园区 / 泉惠石化园 is a specialised chemical park (GUIDE: parks are no zones; its
# `…工业园区` is not the city-rank kind of 苏州工业园区, as 3713's chemical parks); 江南新区 in the headline is a town
# quarter of 鲤城 (heldout16's 洛河南岸新區).
# Companies: 中化泉州石化有限公司 (registered; `中化泉州分公司` plainly the same branch, a variant); 中化 (short,
# `中化公司` a variant; the state group).
PUBLISHED = "2025-06-30"
PUBLISHED_INFERRED = False
ARTICLES = [A("鲤城新增一主题公园!就在江南新区!", None)]
ZONES = []
ENTERPRISES = [E("中化泉州石化有限公司", ["中化泉州分公司"]), E("中化", ["中化公司"], kind="short")]
FIGURES = [
    F("1013.63亿元", 101363000000, "元", S="惠安", K="other", M="石化产业规模以上工业产值", P="2024"),
]
DATES = [D("2025年6月(yuè)30日", "2025-06-30"), D("2024年", "2024")]
EXCLUDE = ["238 0", "第01版"]
