# alveice.blogspot.com (personal blog, Traditional) repost of a 聯合晚報 item; the blog's English date line
# `Thursday, December 6, 2018` and its own headline come first, then the paper's headline `屏東農業生技區 擴建招商`
# glued to its date line and byline (the whole story one run-on paragraph). The blog footer (`No comments…Powered by
# Blogger.`) cut. Title: the blog post's headline (the page's), not the paper's line buried in the body.
# Published: the blog's printed date 2018-12-06 (inferred false); the story's `今` is the paper's 2018-12-04.
# No zone: 屏東農業生物科技園區 and the other 園區 are parks, not GUIDE zones. Company: 大江生醫 (short); 中央畜產會
# (a foundation), 聯合晚報 (media) are not. Dates: the English date `December 6, 2018`, `2018-12-04` (clock
# `13:52` no figure), `明年底` → 2019-12 (as `2020年底`, year relative, inferred), `2006年`. `開園12年` is a duration
# in 年, `第一期`/`第二期` ordinals. `9成以上` → 90 % (X成, heldout16), approx. `1700就業人口` has no unit word: "".
# `超過新台幣60億元` keeps the currency inside its text. Subject of the park's figures: the park (other).
PUBLISHED = "2018-12-06"
PUBLISHED_INFERRED = False
PK = dict(S="屏東農業生物科技園區", K="other")
NOW = "2018-12-04"
ARTICLES = [A("屏東農業生技區: 帶動投資102.46億元", None)]
ZONES = []
ENTERPRISES = [E("大江生醫", kind="short")]
FIGURES = [
    F("102.46億元", 10246000000, "元", **PK, M="帶動投資", P=NOW),
    F("23億元", 2300000000, "元", **PK, M="擴充區公共設施工程投入", P=None, T=True),
    F("165.41公頃", 165.41, "公頃", **PK, M="基礎工程", P="2019-12", T=True),
    F("60家", 60, "家", **PK, M="可提供廠商進駐", P=None, T=True),
    F("180家以上", 180, "家", **PK, M="產業聚落規模", P=None, T=True),
    F("233公頃", 233, "公頃", **PK, M="第一期面積", P=None),
    F("9成以上", 90, "%", **PK, M="廠商開發率", P=NOW),
    F("165.41公頃", 165.41, "公頃", **PK, M="第二期面積", P=None),
    F("90公頃", 90, "公頃", **PK, M="可提供設廠", P=None),
    F("103家", 103, "家", **PK, M="引進農企業進駐", P=NOW),
    F("102.46億元", 10246000000, "元", **PK, M="帶動投資金額", P=NOW),
    F("1700", 1700, "", **PK, M="就業人口", P=NOW),
    F("超過新台幣60億元", 6000000000, "元", **PK, M="產值", P=NOW),
]
DATES = [D("December 6, 2018", "2018-12-06"), D("2018-12-04", "2018-12-04"), D("明年底", "2019-12", inferred=True),
         D("2006年", "2006")]
EXCLUDE = ["13:52", "開園12年"]
