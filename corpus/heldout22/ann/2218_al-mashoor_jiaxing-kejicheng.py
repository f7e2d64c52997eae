# m.al-mashoor.com (content farm, `研究` channel) copy of a 科技金融時報 story (trade paper) in Traditional script, crumbs
# kept; the stored text broke off in the last paragraph's plans (`…2023年達到年產100億只`), cut after the paragraph
# before (that paragraph's company, 浙江恒拓電子科技有限公司, and its capacities fell in the cut). Printed
# `2021-08-10 14:27:42` (clock EXCLUDE) → published. Dates: `今年3月` → 2021-03, `今年上半年` and `上半年` →
# 2021-01..2021-06 (inferred), `2019年`; `今年初` (年初) no date. Not the same story as heldout8's 811 (a 2025
# 人民網 page on 嘉興's zone park). Zone: none — 嘉興科技城 ends in `科技城` (no GUIDE zone word).
# Companies: 浙江正泰電氣科技有限公司 (registered; `正泰電氣` its short form, `該公司`), 正泰集團 (group). The
# project `正泰智慧能源華東科創產業園項目` is no company. `三大主導產業` no figure.
PUBLISHED = "2021-08-10"
PUBLISHED_INFERRED = False
ZT = "浙江正泰電氣科技有限公司"
H1 = ("2021-01", "2021-06")
JX = dict(S="嘉興科技城", K="other", P=H1)
ZK = dict(S=ZT, K="enterprise")
ARTICLES = [A("嘉興科技:建設高能級產業生態園 推動生物醫藥產業發展", None)]
ZONES = []
ENTERPRISES = [E(ZT, ["正泰電氣"]), E("正泰集團", kind="group")]
FIGURES = [
    F("5.8億元", 580000000, "元", **ZK, M="累計產值", P=("2021-03", "2021-08")),
    F("242%", 242, "%", **ZK, M="產值同比增長", P=("2021-03", "2021-08"), C=True),
    F("80%以上", 80, "%", **ZK, M="產能利用", P="2021-08"),
    F("900多名", 900, "名", **ZK, M="工人", P="2021-08"),
    F("264.5億元", 26450000000, "元", **JX, M="規上工業總產值"),
    F("35.9%", 35.9, "%", **JX, M="規上工業總產值增長", C=True),
    F("233億元", 23300000000, "元", **JX, M="規上高新技術產業產值"),
    F("31.9%", 31.9, "%", **JX, M="規上高新技術產業產值增長", C=True),
    F("106億元", 10600000000, "元", **JX, M="數字經濟核心產業制造業產值"),
    F("19.6%", 19.6, "%", **JX, M="數字經濟核心產業制造業產值增長", C=True),
    F("22.18億元", 2218000000, "元", **JX, M="數字經濟核心產業制造業增加值"),
    F("84.5%", 84.5, "%", **JX, M="占全區比重"),
]
DATES = [D("2021-08-10", "2021-08-10"), D("今年3月", "2021-03", inferred=True),
         D("今年上半年", "2021-01", "2021-06", inferred=True), D("上半年", "2021-01", "2021-06", inferred=True),
         D("2019年", "2019")]
EXCLUDE = ["14:27:42"]
