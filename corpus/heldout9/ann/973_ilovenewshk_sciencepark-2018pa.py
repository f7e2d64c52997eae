# ilovenewshk.com (Hong Kong news blog), Traditional; blog furniture `top of page` / `搜尋` kept; cut before the view/comment
# counter (`2 次查看0 則留言`) and the unrelated `最新文章` teasers. The text prints no date; `新一份施政報告今日(10日)出爐`
# with 馬料水 reclamation and 88 公頃 is 林鄭月娥's Policy Address of 2018-10-10 (knowledge of the story, heldout7's 801):
# published 2018-10-10 inferred, `10日` → 2018-10-10. Companies: 港鐵 (short) with `港鐵公司` its variant; 科技園公司
# (`…公司` without 有限 → short, as in 957). 香港教育大學/教大 (university), 發展局 etc. (government) are not. No zones
# (科學園, Hong Kong park). `四間` (small Chinese count), `過去3年` (duration in 年) are no figures; `1港元` and `13港元`
# (a leverage ratio's two sides) are money figures. `過去3年` → period 2015..2017 is not asserted: left null.
PUBLISHED = "2018-10-10"
PUBLISHED_INFERRED = True
SP = "科學園"
ST = "科技園公司"
ARTICLES = [A("擴大科學園發展 港鐵研設白石角東鐵站", None)]
ZONES = []
ENTERPRISES = [E("港鐵", ["港鐵公司"], kind="short"), E(ST, kind="short")]
FIGURES = [
    F("88公頃", 88, "公頃", S="馬料水填海計劃", K="other", M="新土地", P=None, T=True),
    F("約900家", 900, "家", S=SP, K="other", M="科技企業和初創", P="2018-10"),
    F("330億港元", 33000000000, "港元", S=SP, K="other", M="租戶╱培育公司籌募資金", P=None),
    F("1港元", 1, "港元", S=ST, K="enterprise", M="投資", P=None),
    F("13港元", 13, "港元", S=ST, K="enterprise", M="吸引外間投資", P=None),
]
DATES = [D("10日", "2018-10-10", inferred=True)]
EXCLUDE = ["過去3年"]
