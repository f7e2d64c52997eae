# rnobile01.com (a Taiwan forum mirror; a member's post quoting a 大成報 story), Traditional. The thread title and the
# quoted headline are the same headline (one title; its figure counts at each occurrence). The poster's remark
# (`成真的話就不得了了~`) and the `=====` rule kept; printed `大成報-2014年10月07日 下午20:15` (clock no figure). Cut after
# the last paragraph (share/rating widgets dropped).
# No zones: 彰濱工業區, 自由經濟示範區, 彰濱示範區 and 彰濱崙尾區 are Taiwan parks/designations (heldout10: Taiwan
# parks are no zones, though 示範區 is a GUIDE word). Company: 維多利亞郵輪集團 (group; nationality word dropped, the
# printed `美國維多利亞郵輪集團` a variant). 大成報 media; 經濟部, 國發會, 縣政府 government.
# `50億元美金`/`美金50億元` → unit 美元 (heldout10 `億美元`); the intent to invest is a target. `兩年多` duration in 年;
# `5+N` a slogan. `9月30日` → 2014-09-30 (year inferred).
PUBLISHED = "2014-10-07"
PUBLISHED_INFERRED = False
VC = "維多利亞郵輪集團"
EK = dict(S=VC, K="enterprise")
Y = 100000000
ARTICLES = [A("彰化縣彰濱工業區自由經濟示範區招商引資簽訂50億元美金合作意向書", None)]
ZONES = []
ENTERPRISES = [E(VC, ["美國維多利亞郵輪集團"], kind="group")]
FIGURES = [
    F("50億元美金", 50*Y, "美元", **EK, M="合作意向書投資金額", P="2014-10", T=True),
    F("50億元美金", 50*Y, "美元", **EK, M="合作意向書投資金額", P="2014-10", T=True),
    F("50億美元", 50*Y, "美元", S="彰化縣政府", K="other", M="招商引資投資", P="2014-10"),
    F("美金50億元", 50*Y, "美元", **EK, M="預計投資", P=None, T=True),
    F("新台幣1,500億元", 1500*Y, "元", **EK, M="預計投資", P=None, T=True),
    F("1,343公頃", 1343, "公頃", S="彰濱崙尾區", K="other", M="佔地", P=None),
]
DATES = [
    D("2014年10月07日", "2014-10-07"),
    D("9月30日", "2014-09-30", inferred=True),
]
EXCLUDE = ["20:15", "5+N"]
