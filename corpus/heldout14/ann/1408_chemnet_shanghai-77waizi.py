# news.chemnet.com (化工网, industry portal), copy of a 中国新闻网 wire, printed `2023-07-19 09:43:46` (clock no
# figure). Cut after the last paragraph (copyright notice and site menu dropped). `18日` → 2023-07-18, `6月30日` →
# 2023-06-30, `今年1至5月` → 2023-01..2023-05 (year inferred).
# No zone (上海 is a city). Foreign companies named with a nationality word: the word is dropped, the printed form is a
# variant (heldout8/10's 美光 ← `美商美光`): 锐珂医疗, 捷尼赛思汽车, 美敦力. Unnamed 跨国公司地区总部 are no entries;
# 上海市商务委 is government. `第三十七批` is an ordinal; `世界500强` a ranking name (no figure).
# Facts: counts at the ceremony take its day; `截至6月30日` cumulative counts → 2023-06; 同比增长 → change.
PUBLISHED = "2023-07-19"
PUBLISHED_INFERRED = False
SH = dict(S="上海", K="other")
D18 = "2023-07-18"
H1 = ("2023-01", "2023-05")
ARTICLES = [A("上海77个外资项目集中签约 总额102.4亿美元", None)]
ZONES = []
ENTERPRISES = [
    E("锐珂医疗", ["美国锐珂医疗"], kind="short"),
    E("捷尼赛思汽车", ["韩国捷尼赛思汽车"], kind="short"),
    E("美敦力", ["美国美敦力"], kind="short"),
]
FIGURES = [
    F("77个", 77, "个", **SH, M="集中签约外资项目", P=D18),
    F("102.4亿美元", 10240000000, "美元", **SH, M="外资项目投资总额", P=D18),
    F("31家", 31, "家", **SH, M="获颁证书跨国公司地区总部", P=D18),
    F("13家", 13, "家", **SH, M="获颁证书研发中心", P=D18),
    F("77个", 77, "个", **SH, M="集中签约外资项目", P=D18),
    F("102.4亿美元", 10240000000, "美元", **SH, M="外资项目投资总额", P=D18),
    F("922家", 922, "家", **SH, M="跨国公司地区总部累计", P="2023-06"),
    F("544家", 544, "家", **SH, M="外资研发中心累计", P="2023-06"),
    F("2096家", 2096, "家", **SH, M="新设外资企业", P=H1),
    F("78.7%", 78.7, "%", **SH, M="新设外资企业同比增长", P=H1, C=True),
    F("111.71亿美元", 11171000000, "美元", **SH, M="实际使用外资", P=H1),
    F("17.3%", 17.3, "%", **SH, M="实际使用外资同比增长", P=H1, C=True),
    F("11个", 11, "个", **SH, M="获颁证书制造业总部和研发中心", P=D18),
    F("33个", 33, "个", **SH, M="获颁证书服务业总部和研发中心", P=D18),
    F("44家", 44, "家", **SH, M="获颁证书企业", P=D18),
    F("16家", 16, "家", **SH, M="属于重点发展产业企业", P=D18),
    F("44家", 44, "家", **SH, M="获颁证书企业", P=D18),
    F("10家", 10, "家", **SH, M="大中华区及以上区域总部", P=D18),
    F("2家", 2, "家", **SH, M="全球研发中心", P=D18),
    F("4亿美元", 400000000, "美元", S="捷尼赛思汽车", K="enterprise", M="增资", P=D18),
    F("77个", 77, "个", **SH, M="签约外资项目", P=D18),
    F("77个", 77, "个", **SH, M="签约外资项目", P=D18),
    F("10个", 10, "个", **SH, M="来自世界500强企业项目", P=D18),
]
DATES = [
    D("2023-07-19", "2023-07-19"),
    D("18日", D18, inferred=True),
    D("6月30日", "2023-06-30", inferred=True),
    D("1至5月", "2023-01", "2023-05", inferred=True),
]
EXCLUDE = ["09:43:46", "500强"]
