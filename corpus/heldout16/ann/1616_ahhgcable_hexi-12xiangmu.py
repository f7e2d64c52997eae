# m.ahhgcable.com (cable company site, `财经` channel) copy of a 天津日報 story converted to Traditional script;
# the headline is stored only as `原標題:` with its kicker `河西簽收“開春大單”(引題)` and main line `…(主題)`: the
# title is the main line (heldout10: the kicker is no part of it; the `(主題)` label is furniture). The trailing
# `關鍵詞:`/`責任編輯:Rex_08` lines are cut. No printed date: `2021年度優秀企業表彰大會` (the ceremony's year, a date as
# heldout10's `2022年度`) and `2022年,河西區將…` → published `2022` (inferred); `去年` no date.
# Companies heading their project names are short entries (heldout10): 樂問醫學 (全國總部), 海爾衣聯網 (區域總部),
# 日本新藥 (全國總部), 渤化 (數字經濟產業園). No zone (河西區 a district; 新八大里, 陳塘科技商務區 not GUIDE zones).
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
HX = dict(S="河西區", K="other")
ARTICLES = [A("12個項目簽約 總部經濟近半", None)]
ZONES = []
ENTERPRISES = [E("樂問醫學", kind="short"), E("海爾衣聯網", kind="short"), E("日本新藥", kind="short"), E("渤化", kind="short")]
FIGURES = [
    F("12個", 12, "個", **HX, M="項目簽約", P=None),
    F("12個", 12, "個", **HX, M="項目簽約", P=None),
    F("76個", 76, "個", **HX, M="重點建設項目", P="2022", T=True),
    F("796.9億元", 79690000000, "元", **HX, M="重點建設項目總投資", P="2022", T=True),
    F("超132億元", 13200000000, "元", **HX, M="年度計劃投資", P="2022", T=True),
    F("5個", 5, "個", **HX, M="全國總部、區域總部項目", P=None),
    F("14個", 14, "個", **HX, M="招商引資顧問單位", P=None),
    F("40位", 40, "位", **HX, M="優秀企業代表", P=None),
    F("229家", 229, "家", **HX, M="受表彰企業", P="2021"),
    F("21.67億元", 2167000000, "元", **HX, M="留區稅收", P="2021"),
    F("44%", 44, "%", **HX, M="留區稅收占比", P="2021"),
]
DATES = [D("2021年度", "2021"), D("2022年", "2022")]
EXCLUDE = []
