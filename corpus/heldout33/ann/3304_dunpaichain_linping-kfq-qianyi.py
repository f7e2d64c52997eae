# dunpaichain.com (盾牌, a chain maker's own site, section `盾牌品质`), a company news item: site slogan, crumbs, headline,
# printed `日期:2022-02-01` (published, not inferred); whole as returned. `1月10日` takes 2022 (inferred).
# Zone: 临平区国家级开发区 (the national 经济技术开发区 of 临平区, formerly 余杭经开区; heldout16 1607) with `经开区` and bare
# `开发区` as variants; canonical `临平经开区` (GUIDE: other kinds keep their own form; 国家级 dropped like 国家). Primary.
# Dates: the meeting's year `2022年经济发展大会` is a date (a ceremony's year, heldout16); `2021年` ×3.
# Figures: `突破千亿元` is a milestone with a scale word → 1000亿元 (heldout16 NEW); the quoted goal names `“千亿”目标`
# (×3), headline `破“千亿”`, `“三千亿”新目标` and the size class `“千亿级”` are names of goals/classes, not figures
# (GUIDE: numbers inside names and slogans). `30%以上` is 东华's growth (change, approx).
# Company: 东华 (the site's company, named short; `集团总公司`/`集团` are generic references to it, no name) → short.
PUBLISHED = "2022-02-01"
PUBLISHED_INFERRED = False
LP = "临平经开区"
ARTICLES = [A("开发区产值破“千亿” 集团公司受表彰", LP)]
ZONES = [Z(LP, ["临平区国家级开发区", "经开区", "开发区"])]
ENTERPRISES = [E("东华", kind="short")]
FIGURES = [
    F("千亿元", 100000000000, "元", S=LP, K="zone", M="规上工业总产值", P="2021"),
    F("36家", 36, "家", S=LP, K="zone", M="受表彰企业", P="2022-01-10"),
    F("30%以上", 30, "%", S="东华", K="enterprise", M="企业全年同比增长", P="2021", C=True),
]
DATES = [D("2022-02-01", "2022-02-01"), D("1月10日", "2022-01-10", inferred=True), D("2022年", "2022"),
         D("2021年", "2021"), D("2021年", "2021"), D("2021年", "2021")]
EXCLUDE = []
