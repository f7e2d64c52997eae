# reportify.cn summary of a 新浪财经 story, printed `新浪财经·2026-01-07 16:59`. The bracketed `[1]`…`[4]` are
# reference markers (no figures); `5G` is a code. 国新控股(重庆)有限公司 is registered; 耕宇牧星 is named at the
# head of its project (short, heldout5). `智联精密` in a project name is left out (not plainly a company).
# 新浪财经 is media. `约220亿元人民币`: unit 元 (heldout4).
PUBLISHED = "2026-01-07"
PUBLISHED_INFERRED = False
BN = "巴南区"
D7 = "2026-01-07"
ARTICLES = [A("奋战“开门红” 重庆巴南2026年集中签约220亿元", None)]
ZONES = []
ENTERPRISES = [E("国新控股(重庆)有限公司"), E("耕宇牧星", kind="short")]
FIGURES = [
    F("220亿元", 22000000000, "元", S="重庆巴南", K="other", M="集中签约", P=D7),
    F("29个", 29, "个", S=BN, K="other", M="集中签约项目", P=D7),
    F("约220亿元人民币", 22000000000, "元", S=BN, K="other", M="协议总投资额", P=D7),
    F("227亩", 227, "亩", S="智联精密制造配套产业集成项目", K="other", M="占地", P=None),
    F("300颗", 300, "颗", kind="count", S="耕宇牧星卫星智能研发生产基地项目", K="other", M="年产卫星", P=None, T=True),
]
DATES = [D("2026年", "2026"), D("2026-01-07", D7), D("2026年1月7日", D7)]
