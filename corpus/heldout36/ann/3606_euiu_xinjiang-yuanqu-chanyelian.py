# euiu.cn (content farm, `經濟新聞`) copy of a 天山網/新疆日報 series story, Traditional script with glued pinyin
# readings (`園區(qū)`) and a garbled section head (`鏈?zhǔn)桨l(fā)展`), kept as stored. The stored text breaks off inside
# the 庫爾勒 quote paragraph: cut after the paragraph before it. Title: the headline after the series label
# `重磅觀察·推動園區高質量發展系列報道③丨` (label and its number no part of it, as GUIDE's `高新区绿色发展④`).
# Published: the printed `2025-07-17` (clock no figure). `6月底` → 2025-06 (inferred). The year inside the fair's
# name `2025(中國)亞歐商品貿易博覽會` is no date (GUIDE: inside an event name).
# Zone: 庫爾勒經濟技術開發區 (its one kept mention, readings glued); primary zone none (the story surveys Xinjiang's
# parks). Company: 新疆利泰絲路投資有限公司 (registered). Figures: `10分鐘` (duration), `200萬錠` (count, unit by
# hand), `突破百億元` (a milestone with a Chinese numeral and scale word, heldout16's `突破千亿元`); `百億元級` is a
# size class (GUIDE's `千百亿级`), no figure; `③` list numbering.
PUBLISHED = "2025-07-17"
PUBLISHED_INFERRED = False
KE = "庫爾勒經濟技術開發區"
LT = "新疆利泰絲路投資有限公司"
ARTICLES = [A("園區(qū)產(chǎn)業(yè)鏈躍升勢頭正勁", None)]
ZONES = [Z(KE, ["庫爾勒經(jīng)濟技術(shù)開發(fā)區(qū)"])]
ENTERPRISES = [E(LT)]
FIGURES = [
    F("10分鐘", 10, "分鐘", S=KE, K="zone", M="水刺無紡布工廠從棉纖維到成品轉化", P=None),
    F("200萬錠", 2000000, "錠", kind="count", S=LT, K="enterprise", M="智能紡紗基地", P=None),
    F("突破百億元", 10000000000, "元", S="巴音郭楞蒙古自治州", K="other", M="紡織服裝產業年產值", P=None),
]
DATES = [D("2025-07-17", "2025-07-17"), D("6月底", "2025-06", inferred=True)]
EXCLUDE = ["10:03:07", "2025(中國)"]
