# litushengwu.com (spam mirror of a 人民网 page) copy of a 新华社/中新网 item; the mirror's ten injected spam lines
# (`第1 2023amazon欧洲站…` … `第10 …`) stand between the date line and the body and are kept as stored; the stored
# text breaks off in the 《通知》 paragraph (`利用五年左右时间,`): cut after the paragraph before. Printed date line
# `2024-05-22 05:47:04` (clock no figure).
# The spam lines are no articles (one title). By GUIDE's letter their Arabic quantities are figures: `530`, `45 分`,
# `485`, `30 分` (exam scores; bare numbers have unit "") and `474元` (subject/metric null: no indicator of the story);
# list numbers `第1`…`第10` and the keywords `2023amazon…`, `…电视剧2023` (years glued into spam keywords, no date)
# are excluded; `久久久餐饮有限公司` is a spam keyword, not entered as a company. No company or zone in the story
# (国家金融监督管理总局上海监管局 a government body; 人民网, 新华社, 中新网 media).
# Dates: `2024年一季度末` (headline and body) → 2024-03; `5月21日`, `21日` → 2024-05-21 (inferred); `去年底` → 2023-12
# (inferred; GUIDE's `2020年底`). `近年来`, `近日` no dates.
# Figures: `突破万亿元` is a milestone with a scale word (heldout16) → 1万亿元, period 2023-12. The 专精特新/高新技术/
# 知识产权 balances with `同比增长` are the quarter-end figures of the release: period 2024-03 (not the 去年底 of the
# sentence before, which only dates the milestone).
PUBLISHED = "2024-05-22"
PUBLISHED_INFERRED = False
Q = dict(S="上海", K="other", P="2024-03")
ARTICLES = [A("上海:截至2024年一季度末科技型企业贷款余额同比增长36%", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("36%", 36, "%", **Q, M="科技型企业贷款余额同比增长", C=True),
    F("530", 530, ""),
    F("45 分", 45, "分"),
    F("485", 485, ""),
    F("30 分", 30, "分"),
    F("474元", 474, "元"),
    F("1.16万亿元", 1160000000000, "元", **Q, M="科技型企业贷款余额"),
    F("36%", 36, "%", **Q, M="科技型企业贷款余额同比增长", C=True),
    F("3.32万户", 33200, "户", **Q, M="贷款户数"),
    F("46%", 46, "%", **Q, M="贷款户数同比增长", C=True),
    F("突破万亿元", 1000000000000, "元", S="上海", K="other", P="2023-12", M="科技型企业贷款余额", approx=False),
    F("3039.08亿元", 303908000000, "元", **Q, M="专精特新企业贷款余额"),
    F("45%", 45, "%", **Q, M="专精特新企业贷款余额同比增长", C=True),
    F("6633.36亿元", 663336000000, "元", **Q, M="高新技术企业贷款余额"),
    F("21%", 21, "%", **Q, M="高新技术企业贷款余额同比增长", C=True),
    F("144.27亿元", 14427000000, "元", **Q, M="知识产权质押融资贷款余额"),
    F("90%", 90, "%", **Q, M="知识产权质押融资贷款余额同比增长", C=True),
]
DATES = [D("2024年一季度末", "2024-03"), D("2024-05-22", "2024-05-22"), D("5月21日", "2024-05-21", inferred=True),
         D("21日", "2024-05-21", inferred=True), D("2024年一季度末", "2024-03"), D("去年底", "2023-12", inferred=True)]
EXCLUDE = ["05:47:04", "第1 ", "第2 ", "第3 ", "第4 ", "第5 ", "第6 ", "第7 ", "第8 ", "第9 ", "第10 ", "2023amazon", "电视剧2023"]
