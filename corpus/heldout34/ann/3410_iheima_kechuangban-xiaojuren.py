# iheima.com (i黑马, start-up/business media), a short 科创板 item; whole as returned. Printed `2023-07-24 09:03` (clock
# no figure) and the column tag `专精特新` → published 2023-07-24. No zone, no named company (科创板 is a market board;
# `40家科创板公司` are unnamed). `第五批`, `前四批` are ordinals (no figures). `突破300家` (headline and body) sets no
# approx and is a forecast (`将突破`, `即将` → target); counts refer to the day of the list (2023-07-24); the 268
# listed before are of the first four rounds (period null).
PUBLISHED = "2023-07-24"
PUBLISHED_INFERRED = False
KC = dict(S="科创板", K="other")
ARTICLES = [A("科创板“小巨人”军团即将突破300家", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("300家", 300, "家", **KC, M="“小巨人”军团", T=True),
    F("40家", 40, "家", **KC, M="发布入选公告的科创板公司", P="2023-07-24"),
    F("268家", 268, "家", **KC, M="入选前四批“小巨人”名录的公司"),
    F("300家", 300, "家", **KC, M="“小巨人”军团", T=True),
]
DATES = [D("2023-07-24", "2023-07-24")]
EXCLUDE = ["09:03"]
