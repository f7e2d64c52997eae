# finance.itbear.com.cn (ITBear financial portal, copy of 时代周报), site banner `ITBear旗下自媒体矩阵:`, byline line with
# `发表评论无障碍通道` widgets kept; printed `时间:2024-11-13 06:08:28` (clock no figure). Cut after the fourth paragraph
# (the returned text broke off in the fifth).
# No GUIDE zone: 中德产业园(重庆·九龙坡) is a park. Enterprises: 中信集团 (group), 西门子股份公司 (`…股份公司` without 有限
# → short, heldout9/10's `…公司` rule) and 西门子(中国)有限公司 (registered; the parent and its Chinese subsidiary are
# two companies), 宏进集团 and 大陆集团 (group; heading a project / a centre), 埃斯维机床 (short, heading `…二期建设`).
# Not enterprises: 中国德国商会 (chamber), 重庆市经济信息委 (government), 重庆大学卓越工程师学院 (university), ITBear /
# 时代周报 (media). `12大项目` in the headline: a count without classifier (unit "", heldout10's `3開發計畫`); `近90亿`
# (no 元) → "". The conference is dated only `近日`: its counts take the publication month (heldout10's `日前`).
PUBLISHED = "2024-11-13"
PUBLISHED_INFERRED = False
HY = dict(S="德国先进制造企业重庆行产业合作大会", K="other")
CQ = dict(S="重庆", K="other")
ARTICLES = [A("德企加码重庆制造业,签约12大项目总投资近90亿", None)]
ZONES = []
ENTERPRISES = [
    E("中信集团", kind="group"),
    E("西门子股份公司", kind="short"),
    E("西门子(中国)有限公司"),
    E("宏进集团", kind="group"),
    E("埃斯维机床", kind="short"),
    E("大陆集团", kind="group"),
]
FIGURES = [
    F("12大项目", 12, "", kind="count", **HY, M="签约项目", P="2024-11"),
    F("近90亿", 9000000000, "", kind="money", **HY, M="总投资", P="2024-11"),
    F("超过200名", 200, "名", **HY, M="德方嘉宾", P="2024-11"),
    F("12个", 12, "个", **HY, M="签订重点项目", P="2024-11"),
    F("87.65亿元", 8765000000, "元", **HY, M="签约总金额", P="2024-11"),
    F("6个", 6, "个", **HY, M="揭牌新项目", P="2024-11"),
    F("238个", 238, "个", **CQ, M="机会清单招商项目", P="2024-11"),
    F("近6300亿元", 630000000000, "元", **CQ, M="机会清单总投资额", P="2024-11"),
]
DATES = [D("2024-11-13", "2024-11-13")]
EXCLUDE = ["06:08:28"]
