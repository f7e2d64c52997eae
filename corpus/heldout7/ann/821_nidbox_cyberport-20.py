# asia9618.nidbox.com (blog) repost of a 钛媒體 story, Traditional. No date printed; the text dates it after the
# `10月31日至11月1日` forum of 2023 → published 2023-11 (inferred). Cut after the last complete paragraph.
# 數碼港/科技園 are parks (no zones); 香港數碼港管理有限公司 is registered; 钛媒體 (media) is not an enterprise.
# `歷經20年`, `20年`, `20周年` (years) are not figures; `2023數碼港創業投資論壇` is an event name (its year no date);
# `0家` is a count (value 0); `90年代` (a decade) is read as the ranged date 1990–1999, century inferred.
# `四期` is a phase number. `截至目前` → the publication month.
PUBLISHED = "2023-11"
PUBLISHED_INFERRED = True
CP = "數碼港"
ARTICLES = [A("歷經20年,數碼港從與第一代互聯網“失之交臂”到聚焦Web3", None)]
ZONES = []
ENTERPRISES = [E("香港數碼港管理有限公司")]
FIGURES = [
    F("超過367億元", 36700000000, "元", S=CP, K="other", M="吸引投資", P="2023-11"),
    F("2002家", 2002, "家", S=CP, K="other", M="園區企業", P="2023-11"),
    F("7家", 7, "家", S=CP, K="other", M="培育獨角獸", P="2023-11"),
    F("0家", 0, "家", S=CP, K="other", M="企業數量", P=None),
    F("2002家", 2002, "家", S=CP, K="other", M="企業數量", P="2023-11"),
    F("1000家", 1000, "家", S=CP, K="other", M="園區企業", P="2018"),
]
DATES = [
    D("2023年", "2023"),
    D("10月31日至11月1日", "2023-10-31", "2023-11-01", inferred=True),
    D("90年代", "1990", "1999", inferred=True),
    D("1998年", "1998"),
    D("1999年", "1999"),
    D("2003年", "2003"),
    D("2004年", "2004"),
    D("2018年", "2018"),
]
EXCLUDE = ["Web3", "歷經20年", "20年,", "20周年", "2023數碼港創業投資論壇"]
