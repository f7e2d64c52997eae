# 4huh31.com (content farm) copy of a 駐馬店日報 story, Traditional; breaks off in the closing speech paragraph: cut
# after `受到參會客商一致好評。`. No printed date: published from the URL path (2019-08-26, inferred); the span
# `8月22日至23日` takes 2019 (inferred).
# Title: line 1 (`我市…`) is the site's list title and line 2 the printed headline of the same story: one article,
# the printed headline; `陳星出席并致辭` is a subtitle. Zone: the bare `高新區` that signs with 美國空氣化工產品 is
# 駐馬店's high-tech zone (entered as 駐馬店高新區 with the bare variant; primary null, the story is the city's).
# Companies: short names of the guests' firms (`上海高樂食品技術`, `江蘇正名智能科技`, `上海蘭雀實業`,
# `上海樂施醫療科技`, `貝克鏈區塊鏈技術`), `美國空氣化工產品` (Air Products, short), `三科控股集團` (group).
PUBLISHED = "2019-08-26"
PUBLISHED_INFERRED = True
AP, ZM = "美國空氣化工產品", "江蘇正名智能科技"
ARTICLES = [A("駐馬店優勢產業推介暨項目簽約儀式在上海舉行", None)]
ZONES = [Z("駐馬店高新區", ["高新區"])]
ENTERPRISES = [E(AP, kind="short"), E("上海高樂食品技術", kind="short"), E("三科控股集團", kind="group"),
               E(ZM, kind="short"), E("上海蘭雀實業", kind="short"), E("上海樂施醫療科技", kind="short"),
               E("貝克鏈區塊鏈技術", kind="short")]
S, K, P = "駐馬店", "other", ("2019-08-22", "2019-08-23")
FIGURES = [
    F("21個", 21, "個", S=S, K=K, M="簽約項目", P=P),
    F("175.4億元", 17540000000, "元", S=S, K=K, M="合同總投資", P=P),
    F("150多名", 150, "名", S=S, K=K, M="嘉賓客商", P=P),
    F("21個", 21, "個", S=S, K=K, M="合作項目簽約", P=P),
    F("28億元", 2800000000, "元", S=AP, K="enterprise", M="氣體工廠建設項目投資", P=P),
    F("15億元", 1500000000, "元", S=ZM, K="enterprise", M="高端智能制造裝備產業園項目投資", P=P),
]
DATES = [D("8月22日至23日", "2019-08-22", "2019-08-23", inferred=True)]
EXCLUDE = []
