# kaiyida.com (content farm) copy of a 山東 bank story converted to Traditional script with glued pinyin readings
# (`開發(fā)區(qū)`) and a conversion garble (`?;顒雍螅袊y行山東省分行` for `活動後,中國銀行山東省分行`) kept as stored.
# Headline, then `2023-10-20 14:52:19 作者:胡羽` (published 2023-10-20, printed; clock no figure). The stored text
# breaks off in the paragraph on 山東's 開發區 (`我省開發區經過40年…`): cut after the 7月28日 one.
# Dates: `10月19日`, `今年5月`, `7月28日` take 2023 (inferred).
# Company: 中國銀行 (a bank → short) named by its branch `中國銀行山東省分行` (variant; the garbled occurrence is
# not a name). No zone: 開發區 are counted generically (山東's development zones), 濟南/威海 cities.
# Figures: the headline's `11家` (管委 newly partnered), `兩月以來` a small Chinese count (no figure), `第二場` an ordinal.
# Facts: subject the bank; the 威海 session's day for its agreements; `活動結束兩月以來` → 2023-07..2023-09.
PUBLISHED = "2023-10-20"
PUBLISHED_INFERRED = False
ZY = "中國銀行"
EK = dict(S=ZY, K="enterprise")
SPAN = ("2023-07", "2023-09")
ARTICLES = [A("新增11家合作管委,中國銀行山東省分行助力開發(fā)區(qū)高質(zhì)量發(fā)展", None)]
ZONES = []
ENTERPRISES = [E(ZY, ["中國銀行山東省分行"], kind="short")]
FIGURES = [
    F("11家", 11, "家", **EK, M="新增合作管委"),
    F("9家", 9, "家", **EK, M="簽訂戰略合作協議的開發區管委", P="2023-07-28"),
    F("8家", 8, "家", **EK, M="簽定貸款意向的開發區企業", P="2023-07-28"),
    F("75.43億元", 7543000000, "元", **EK, M="貸款投放", P=SPAN),
    F("18個", 18, "個", **EK, M="新對接開發區新項目", P=SPAN),
    F("137.2億元", 13720000000, "元", **EK, M="正在上報審批項目合計金額", P=SPAN),
]
DATES = [D("2023-10-20", "2023-10-20"), D("10月19日", "2023-10-19", inferred=True), D("今年5月", "2023-05", inferred=True),
         D("7月28日", "2023-07-28", inferred=True)]
EXCLUDE = ["14:52:19"]
