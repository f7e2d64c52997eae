# mtqpdj.com (copy of a 临汾新闻网 story, Traditional conversion with pinyin readings glued into words, e.g.
# `網(wǎng)訊`, `水務(wù)`, and doubled punctuation `,,`/`,。`, all kept as stored). Whole as returned (editor line kept).
# No printed date: `3月3日` and the ceremony's year `2021年重點項目集中開工儀式` (a ceremony's year is a date, heldout10)
# → 2021-03-03; published 2021-03 inferred. `去年` → 2020 for the county's growth rates.
# Two-line headline joined. No GUIDE zone (`開發(fā)區(qū)供水` an unnamed 開發區 inside a project name; 唐城工業園,
# 醫藥園 parks). Enterprise: 萬家寨水務(wù)控股集團有限公司 (registered; name kept as printed with its reading, heldout8/10).
# `年產(chǎn)160萬噸大機焦`, `年產(chǎn)30萬噸焦油深加工`, `120萬噸能源儲備基地`, `年產(chǎn)170萬噸焦化`: project names with
# capacities, no figures (heldout10's `30萬噸燒堿`). `一區(qū)一河`, `五個安澤` slogans.
PUBLISHED = "2021-03"
PUBLISHED_INFERRED = True
AZ = dict(S="安澤縣", K="other")
D3 = "2021-03-03"
ARTICLES = [A("安澤縣18個重點項目集中開工總投資101.76億元", None)]
ZONES = []
ENTERPRISES = [E("萬家寨水務(wù)控股集團有限公司")]
FIGURES = [
    F("18個", 18, "個", **AZ, M="重點項目集中開工", P=D3),
    F("101.76億元", 10176000000, "元", **AZ, M="總投資", P=D3),
    F("18個", 18, "個", **AZ, M="重點項目集中開工", P=D3),
    F("101.76億元", 10176000000, "元", **AZ, M="總投資", P=D3),
    F("18個", 18, "個", **AZ, M="重點項目", P=D3),
    F("8個", 8, "個", **AZ, M="新建項目", P=D3),
    F("10個", 10, "個", **AZ, M="續建項目", P=D3),
    F("5.1%", 5.1, "%", **AZ, M="地區生產總值", P="2020", C=True),
    F("8%", 8, "%", **AZ, M="規模以上工業增加值", P="2020", C=True),
    F("14.3%", 14.3, "%", **AZ, M="固定資產投資", P="2020", C=True),
]
DATES = [D("3月3日", D3, inferred=True), D("2021年", "2021")]
EXCLUDE = ["160萬噸", "30萬噸", "120萬噸", "170萬噸"]
