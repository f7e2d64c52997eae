# leoarc.com copy of a 遼寧日報 (provincial paper) story in Traditional with pinyin readings glued in (and stray
# `?!`/`</p>` leftovers), kept as stored; whole as returned. The `【遼寧日報】` source tag before the headline is
# dropped from the title (as heldout7 drops topic tags). No printed date and no dated mention (`今年以來` is none)
# → published null. Zone 本溪高新區 (canonical in the page's script), printed `本溪高新區(qū)` and bare
# `高新區(qū)` as variants. 遼寧長生生物公司 (`…公司` without 有限 → short, printed form) with the short form
# heading the caption's project name as variant. 綠地花都 (a property project; company boundary unclear) left out.
# `擱置十年` is a duration in 年; `一區多園` a slogan. `6處` counts idle assets (處 set to count by hand).
PUBLISHED = None
PUBLISHED_INFERRED = True
BX = "本溪高新區"
Zd = dict(S=BX, K="zone")
ARTICLES = [A("本溪高新區(qū):項(xiàng)目建設(shè)沖刺“黃金季”", BX)]
ZONES = [Z(BX, ["本溪高新區(qū)", "高新區(qū)"])]
ENTERPRISES = [E("遼寧長(zhǎng)生生物公司", ["遼寧長(zhǎng)生生物"], kind="short")]
FIGURES = [
    F("10個(gè)", 10, "個", kind="count", **Zd, M="投產運營產業類項目", P=None),
    F("6處", 6, "處", kind="count", **Zd, M="盤活閑置資產", P=None),
]
DATES = []
EXCLUDE = []
