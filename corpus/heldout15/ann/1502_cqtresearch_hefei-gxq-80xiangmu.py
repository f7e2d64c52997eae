# cqtresearch.com (news portal `要闻` page reposting a 合肥日报 story, city paper), printed `2020-10-23 16:13:05`
# (clock no figure), `打印 放大 缩小` and the editor line `责任编辑:ERM523` (code, no figure) kept. Whole as returned.
# Title printed with a space between its two clauses, kept. `10月17日上午` → 2020-10-17 (year inferred).
# Zone 合肥高新区 (primary: 80 projects signed into it). The FTZ's `合肥片区高新区块` is an FTZ block (自贸试验区, no
# GUIDE word; not taken as a variant). Companies named by short forms with their city: 佰才邦 (`北京佰才邦`), 朗科智能
# (`深圳朗科智能`), place prefix dropped with the printed form as variant (heldout7's 宝德集团 rule).
# `30个`/`149亿元` are the citywide groundbreaking's (subject 合肥), `80个`/`308.8亿元` the zone's signings.
PUBLISHED = "2020-10-23"
PUBLISHED_INFERRED = False
HF = "合肥高新区"
ZK = dict(S=HF, K="zone")
D17 = "2020-10-17"
Y = 100000000
ARTICLES = [A("自贸区首批项目签约 与这座城市互融共进、互利共赢", HF)]
ZONES = [Z(HF, [HF])]
ENTERPRISES = [
    E("佰才邦", ["北京佰才邦"], kind="short"),
    E("朗科智能", ["深圳朗科智能"], kind="short"),
]
FIGURES = [
    F("30个", 30, "个", S="合肥", K="other", M="集中开工重大项目", P=D17),
    F("149亿元", 149*Y, "元", S="合肥", K="other", M="集中开工重大项目总投资", P=D17),
    F("80个", 80, "个", **ZK, M="签约落户项目", P=D17),
    F("308.8亿元", 308.8*Y, "元", **ZK, M="签约项目总投资", P=D17),
]
DATES = [
    D("2020-10-23", "2020-10-23"),
    D("10月17日", D17, inferred=True),
]
EXCLUDE = ["16:13:05", "ERM523"]
