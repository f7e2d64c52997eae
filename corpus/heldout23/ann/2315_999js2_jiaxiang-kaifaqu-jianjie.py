# www.999js2.com (a company/zone-service site; mainland text in Traditional script): the 嘉祥 economic development
# zone's introduction page. The page label `開發區簡介`, category, printed `發布時間:2021-12-21 18:21:01` (clock no
# figure) and `訪問量:0` kept; the stored text breaks off in the 高鐵產業園 paragraph: cut after the 臨港 paragraph.
# Title: the article's headline `嘉祥經濟開發區“一區三園”簡介`; `開發區簡介` is the page's section label.
# Zones: 嘉祥經濟開發區 (a …开发区, primary; bare `經濟開發區` and `開發區` used for it are variants); 濟寧經開區 (the
# zone the old one was merged into). `省級經濟開發區` is generic; the 產業園 (化工, 高鐵, 臨港, 濟寧市生物產業園) are
# parks inside it, no zones (GUIDE).
# Companies: 世紀陽光, 益大新材料, 新希望六和 (short), 嘉冠集團 (group). `嘉冠、紅太陽、圣潤等省級以上名牌產品` are
# brands/products (GUIDE: no enterprises), so `嘉冠` there is no variant of 嘉冠集團.
# Figures: `訪問量:0` is a quantity written with a digit (GUIDE's letter, as 2301's 字数; no unit → ""); check.py's
# count note for `0` (the other `0`s stand in the clock) is explained in the README. `一區三園` a slogan.
# Facts: `目前`/`截至目前` resolve to the page date; 2020 results carry `2020年`.
PUBLISHED = "2021-12-21"
PUBLISHED_INFERRED = False
JX = "嘉祥經濟開發區"
NOW = "2021-12-21"
J = dict(S=JX, K="zone", P=NOW)
J20 = dict(S=JX, K="zone", P="2020")
HG = dict(S="嘉祥化工產業園", K="other", P=NOW)
LG = dict(S="臨港產業園", K="other", P=NOW)
ARTICLES = [A("嘉祥經濟開發區“一區三園”簡介", JX)]
ZONES = [Z(JX, [JX, "經濟開發區", "開發區"]), Z("濟寧經開區", ["濟寧經開區"])]
ENTERPRISES = [E("世紀陽光", kind="short"), E("益大新材料", kind="short"), E("嘉冠集團", kind="group"),
               E("新希望六和", kind="short")]
FIGURES = [
    F("0", 0, "", M="訪問量"),
    F("24.71平方公里", 24.71, "平方公里", **J, M="規劃面積"),
    F("130余家", 130, "家", **J, M="現有企業"),
    F("58家", 58, "家", **J, M="規模以上企業"),
    F("19家", 19, "家", **J, M="國家級高新技術企業"),
    F("26家", 26, "家", **J, M="省級以上研發機構"),
    F("12個", 12, "個", **J, M="省級以上名牌產品"),
    F("129.9億元", 12990000000, "元", **J20, M="工業總產值"),
    F("13.1%", 13.1, "%", **J20, M="工業總產值同比增長", C=True),
    F("5.6億元", 560000000, "元", **J20, M="利稅"),
    F("7.9%", 7.9, "%", **J20, M="利稅同比增長", C=True),
    F("50.8億元", 5080000000, "元", **J20, M="固定資產投資"),
    F("11.5%", 11.5, "%", **J20, M="固定資產投資同比增長", C=True),
    F("15平方公里", 15, "平方公里", **HG, M="規劃面積"),
    F("5平方公里", 5, "平方公里", **HG, M="起步區面積"),
    F("超過80億元", 8000000000, "元", **HG, M="累計完成固定資產投資"),
    F("58家", 58, "家", **HG, M="注冊企業"),
    F("26家", 26, "家", **HG, M="規模以上企業"),
    F("1公里", 1, "公里", **LG, M="距嘉祥縣城"),
    F("4平方公里", 4, "平方公里", **LG, M="規劃面積"),
    F("27家", 27, "家", **LG, M="現有企業"),
    F("16家", 16, "家", **LG, M="規模以上企業"),
    F("超60億元", 6000000000, "元", S="臨港產業園", K="other", P="2020", M="現代食品產業銷售收入"),
]
DATES = [D("2021-12-21", NOW), D("2003年", "2003"), D("2006年", "2006"), D("2014年", "2014"),
         D("2020年", "2020"), D("2020年", "2020")]
EXCLUDE = ["18:21:01"]
