# 5ch.com.tw (台灣新聞網, Taiwan local news) item, Traditional; printed `2019.11.26`. The stored text breaks off in the
# last paragraph (`讓加工出`): cut after the 數泓科技 paragraph.
# Dates: ROC `今(108)年度` (2019, as heldout16's `111年度`) and `95年` (2006). `超過50年` is a duration in 年 (no figure).
# Companies: 全台晶像股份有限公司 (registered; the lead's `全台晶像`), 數泓科技股份有限公司 (registered; `數泓科技`,
# `數泓科技公司`), 華彩公司 (`…公司` without 有限 → short). No zone (加工出口區 and its 楠梓/高雄/臺中 parks are no
# GUIDE zones). `16棟` is a count (棟 set by hand); facts of the renewal programme carry its span 95年..108年.
PUBLISHED = "2019-11-26"
PUBLISHED_INFERRED = False
JGC = dict(S="經濟部加工處", K="other")
SPAN = ("2006", "2019")
ARTICLES = [A("加工處補助更新促進廠商加碼投資", None)]
ZONES = []
ENTERPRISES = [E("全台晶像股份有限公司", ["全台晶像"]), E("數泓科技股份有限公司", ["數泓科技", "數泓科技公司"]),
               E("華彩公司", kind="short")]
FIGURES = [
    F("2家", 2, "家", **JGC, M="補助核准廠商", P="2019"),
    F("16棟", 16, "棟", **JGC, M="促成廠房拆除重建", P=SPAN, kind="count"),
    F("274億元", 27400000000, "元", **JGC, M="創造投資", P=SPAN),
    F("4,099人", 4099, "人", **JGC, M="增加就業", P=SPAN),
    F("1,250萬元", 12500000, "元", **JGC, M="整建維護補助", P=SPAN),
    F("23家", 23, "家", **JGC, M="加碼投資廠商", P=SPAN),
    F("9,000萬元", 90000000, "元", **JGC, M="加碼投資", P=SPAN),
    F("720%", 720, "%", **JGC, M="投資槓桿效益", P=SPAN),
]
DATES = [D("2019.11.26", "2019-11-26"), D("今(108)年度", "2019"), D("95年", "2006")]
EXCLUDE = ["50年"]
