# meetinghk.com (識港網, Hong Kong news site) carrying a 香港商報 story, Traditional; printed `2023-07-31 18:33` (clock
# no figure); the lead is stored twice (once plain, once after `【識港網訊】`): its figures count at each occurrence
# (heldout7's 820). `责任编辑:yangbx` kept. No zones, no named companies (創科局 is government).
# `過百人` → Chinese numeral with scale word 百 → 100 人, approx by hand (過 = 超過). `上億元` (a size class with no
# numeral, heldout7's `亿元签约项目`) and `3至5年` (duration in 年) are not figures. Counts: subject 創科局 (other);
# `目前/至今` → publication month; plans (計劃/普遍計劃) → target.
PUBLISHED = "2023-07-31"
PUBLISHED_INFERRED = False
CK = "創科局"
M7 = "2023-07"
ARTICLES = [A("創科局:25間創科企業敲定落戶香港", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("25間", 25, "間", kind="count", S=CK, K="other", M="落戶香港創科企業", P=M7),
    F("超過130間", 130, "間", kind="count", S=CK, K="other", M="接觸創科企業", P=M7),
    F("近25間", 25, "間", kind="count", S=CK, K="other", M="已經或準備落戶香港企業", P=M7),
    F("15間", 15, "間", kind="count", S=CK, K="other", M="計劃提交初步方案企業", P=M7, T=True),
    F("超過130間", 130, "間", kind="count", S=CK, K="other", M="接觸創科企業", P=M7),
    F("近25間", 25, "間", kind="count", S=CK, K="other", M="已經或準備落戶香港企業", P=M7),
    F("15間", 15, "間", kind="count", S=CK, K="other", M="計劃提交初步方案企業", P=M7, T=True),
    F("超過100億元", 10000000000, "元", S=CK, K="other", M="來港企業估值", P=M7),
    F("過百人", 100, "人", approx=True, S=CK, K="other", M="招聘", P=None, T=True),
]
DATES = [D("2023-07-31", "2023-07-31")]
EXCLUDE = ["18:33", "3至5年"]
