# bcdays.cn (content farm, `城市生活` channel) copy of a 內蒙古日報 item in Traditional script with glued pinyin readings
# (kept as stored): crumbs, then one line holding the column tag `【獨家焦點】`, the headline, the printed
# `2023-01-13 09:49:20` and the source; `【資料圖】`. Stored text breaks off in the fourth paragraph: cut after the third.
# Title without the column tag (heldout16's `【全球新要闻】`).
# Zone: 鄂爾多斯高新技術產業開發區, stored with readings inside (`高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)`) twice: the variant is entered
# as stored (heldout16 enters names split by glued readings as stored), canonical `鄂爾多斯高新區` (page script); primary.
# Companies: 奇瑞控股集團有限公司 (registered, stored `奇瑞控股集團(tuán)有限公司`, twice); 奇瑞汽車股份有限公司鄂爾多斯分公司
# (registered branch name; `奇瑞鄂爾多斯分公司` and bare `奇瑞` (`奇瑞鄂爾多斯項目`, `奇瑞新能源礦卡`) its variants).
# Not companies: 東勝區人民政府 (government), 汽車零部件工業園 (park).
# Figures: headline `86億` (no unit → ""), `86.2億元`; `12年來` a duration in 年, `一個月` no figure.
# Dates: `1月9日` → 2023-01-09 (inferred), `2010年`, `2013年`, `2015年`, `2021年`, `2022年`.
PUBLISHED = "2023-01-13"
PUBLISHED_INFERRED = False
EO = "鄂爾多斯高新區"
QK = "奇瑞控股集團(tuán)有限公司"
QQ = "奇瑞汽車股份有限公司鄂爾多斯分公司"
ARTICLES = [A("總投資86億 鄂爾多斯又簽約一大項(xiàng)目", EO)]
ZONES = [Z(EO, ["鄂爾多斯高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)"])]
ENTERPRISES = [E(QK), E(QQ, ["奇瑞鄂爾多斯分公司", "奇瑞"])]
FIGURES = [
    F("86億", 8600000000, "", S=QK, K="enterprise", M="總投資", P="2023-01-09"),
    F("86.2億元", 8620000000, "元", S=QK, K="enterprise", M="項目總投資", P="2023-01-09"),
]
DATES = [D("2023-01-13", "2023-01-13"), D("1月9日", "2023-01-09", inferred=True), D("2010年", "2010"),
         D("2013年", "2013"), D("2015年", "2015"), D("2021年", "2021"), D("2022年", "2022")]
EXCLUDE = ["09:49:20", "12年"]
