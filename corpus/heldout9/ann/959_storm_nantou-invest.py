# storm.mg (風傳媒, Taiwan), Traditional, reposting 台灣好新聞; printed `2017-01-26 16:00` (clock no figure). The headline
# is stored three times (one article); view counter `? 人氣`, LINE widget, `關鍵字:` and the submission line kept; cut
# before the `本週最多人贊助文章` teasers. No zones (Taiwan 工業區 / 研究園區 / 產業園區). Companies: 寶成集團 (group,
# printed in 「」), 正翰生技, 冠好科技, 樹德企業, 日正食品, 美上鎂花 (short). Amounts without 元 (`17億`, `4億`, `20億`,
# `3億`, `6億`) → unit "" (heldout7's `876亿`). `1萬7000餘坪` → 17000, approx; `近萬坪` → Chinese numeral with scale
# word → 10000 坪, approx. `數千萬元`, `上千就業機會` (no numeral / size class) are not figures. Bare `去年`/`今年` are
# no dates; as fact periods 去年 → 2016, 今年 → 2017. 要到/將 → target.
PUBLISHED = "2017-01-26"
PUBLISHED_INFERRED = False
NT = "南投縣"
ARTICLES = [A("好山好水受青睞 投縣成企業置產投資新寵", None)]
ZONES = []
ENTERPRISES = [E("寶成集團", kind="group"), E("正翰生技", kind="short"), E("冠好科技", kind="short"),
               E("樹德企業", kind="short"), E("日正食品", kind="short"), E("美上鎂花", kind="short")]
FIGURES = [
    F("約50億元", 5000000000, "元", S=NT, K="other", M="招商投資案", P="2016"),
    F("17億", 1700000000, "", kind="money", S="寶成集團", K="enterprise", M="投資", P="2016", T=True),
    F("7公頃", 7, "公頃", S="寶成集團", K="enterprise", M="製鞋設計研發基地佔地", P="2016", T=True),
    F("4億", 400000000, "", kind="money", S="正翰生技", K="enterprise", M="投資", P="2016"),
    F("40億元", 4000000000, "元", S="冠好科技", K="enterprise", M="擴廠投資", P="2016"),
    F("1萬7000餘坪", 17000, "坪", S="冠好科技", K="enterprise", M="新廠基地", P="2016"),
    F("近萬坪", 10000, "坪", S="冠好科技", K="enterprise", M="廠房面積", P="2016"),
    F("20億", 2000000000, "", kind="money", S="樹德企業", K="enterprise", M="設廠投資", P="2016"),
    F("3億", 300000000, "", kind="money", S="日正食品", K="enterprise", M="擴廠投資", P="2016"),
    F("6億", 600000000, "", kind="money", S="美上鎂花", K="enterprise", M="建廠投資", P="2016"),
    F("15家", 15, "家", S="旺來產業園區", K="other", M="進駐工廠", P="2017", T=True),
    F("500個", 500, "個", S="旺來產業園區", K="other", M="工作機會", P="2017", T=True),
]
DATES = [D("2017-01-26", "2017-01-26")]
EXCLUDE = ["16:00"]
