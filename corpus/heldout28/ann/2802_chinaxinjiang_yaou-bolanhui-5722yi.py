# chinaxinjiang.cn (regional news portal) copy of a 新疆日报 (石榴云) item; whole as returned. Printed `2024-06-28`.
# `27日` is a bare day of the month (2024-06-27, inferred from the printed date). `第八届` is an ordinal.
# The fair's signing totals (`本届博览会期间`) get the fair as subject and its month as period.
# Companies: three registered names speaking for the signers; `新疆有色金属工业(集团)有限责任公司` keeps its bracketed
# (集团) inside the registered name. No zone.
PUBLISHED = "2024-06-28"
PUBLISHED_INFERRED = False
FAIR = dict(S="第八届中国—亚欧博览会", K="other", P="2024-06")
ARTICLES = [A("第八届中国—亚欧博览会举行“投资新疆”—产业合作推介对接暨签约活动", None)]
ZONES = []
ENTERPRISES = [E("新疆有色金属工业(集团)有限责任公司"), E("华电新疆发电有限公司"), E("九圣禾种业股份有限公司")]
FIGURES = [
    F("318个", 318, "个", **FAIR, M="签约招商引资重点项目"),
    F("5722亿元", 572200000000, "元", **FAIR, M="签约总额"),
]
DATES = [D("2024-06-28", "2024-06-28"), D("27日", "2024-06-27", inferred=True)]
EXCLUDE = []
