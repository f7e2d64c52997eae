# hyc-hr.com (a company site's news page) copy in Traditional of a 吉林 feature; censor marks `**` and a `?` before the
# first subhead kept; the headline is stored twice (headline and `原標題:` line with `**`), one title. The series banner
# `投資吉林 共贏未來 |` is no part of the title. The stored text breaks off inside the second zone's section: cut after
# the last complete paragraph of the first (公主嶺) section, before the `長春經開區:…` subhead. No date printed:
# published 2025 (inferred from `2025年計劃推進…`). Zones: 吉林公主嶺經濟開發區 (with `公主嶺經開區` and the section's bare
# `開發區`), 長春經濟技術開發區, 長春汽車經濟技術開發區, each named in full (not coordinated); primary null (three zones).
# Companies heading project names (heldout10/16): 上海申能集團, 青島綠天使集團, 安徽巡鷹集團 (groups), 北京永同昌汽配
# (short, `北京永同昌` variant). `突破90億元` no approx (突破 is no marker); `1.2萬個` → 12000.
PUBLISHED = "2025"
PUBLISHED_INFERRED = True
GZL = "吉林公主嶺經濟開發區"
GZ = dict(S=GZL, K="zone")
ARTICLES = [A("三“區”競風流 賦能招商引資新征程", None)]
ZONES = [Z(GZL, [GZL, "公主嶺經開區", "開發區"]), Z("長春經濟技術開發區", ["長春經濟技術開發區"]),
         Z("長春汽車經濟技術開發區", ["長春汽車經濟技術開發區"])]
ENTERPRISES = [E("上海申能集團", kind="group"), E("青島綠天使集團", kind="group"), E("安徽巡鷹集團", kind="group"),
               E("北京永同昌汽配", ["北京永同昌"], kind="short")]
FIGURES = [
    F("25個", 25, "個", **GZ, M="計劃推進嫁接改造項目", P="2025", T=True),
    F("23.4億元", 2340000000, "元", **GZ, M="嫁接改造項目總投資", P="2025", T=True),
    F("12.8億元", 1280000000, "元", S="青島綠天使集團", K="enterprise", M="擬投資新能源電池材料產業園", T=True),
    F("19個", 19, "個", **GZ, M="加速落地購地類項目"),
    F("121億元", 12100000000, "元", **GZ, M="總投資"),
    F("285家", 285, "家", **GZ, M="入駐企業"),
    F("90億元", 9000000000, "元", **GZ, M="年產值"),
    F("1.2萬個", 12000, "個", **GZ, M="就業崗位"),
]
DATES = [D("2025年", "2025")]
EXCLUDE = []
