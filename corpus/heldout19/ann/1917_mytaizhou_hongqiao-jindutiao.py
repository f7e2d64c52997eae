# mytaizhou.net (泰州 city media portal), a 泰兴台 (county TV) item; column tag `聚焦|` before the headline is no part of
# the title; credit lines kept; whole as returned. No printed date: `和2022年相比…为2024年产值` puts the story in 2023,
# with `1-9月份` reported and `四季度` under way → published 2023 (inferred); `1-9月份` → 2023-01..2023-09, `四季度` (twice)
# → 2023-10..2023-12 (inferred). No zone: 泰兴虹桥工业园区 is a town-level park, not a city-rank 工业园区 of GUIDE's kind
# (苏州工业园区). Companies: 江苏润弘汽车产业发展有限公司 (registered; `江苏润弘` variant), 华润电力(泰州)有限公司
# (registered; `华润电力` variant, and the `公司` running the 华润清洁能源项目), 奇瑞, 扬子鑫福, 宏大特钢, 百澄特钢 (short).
# `将近15个` approx (近); `翻一倍` no figure; `亿元以上项目` (no numeral) none, `10亿元以上` a threshold figure; `3+1` a name.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
RH = "江苏润弘汽车产业发展有限公司"
HR = "华润电力(泰州)有限公司"
HQ = dict(S="虹桥工业园区", K="other", P=("2023-01", "2023-09"))
ARTICLES = [A("泰兴虹桥工业园区:企业项目拉满“进度条” 奋力冲刺全年目标", None)]
ZONES = []
ENTERPRISES = [E(RH, ["江苏润弘"]), E("奇瑞", kind="short"), E("扬子鑫福", kind="short"), E("宏大特钢", kind="short"),
               E("百澄特钢", kind="short"), E(HR, ["华润电力"])]
FIGURES = [
    F("将近15个", 15, "个", S=RH, K="enterprise", M="获得项目", P="2023"),
    F("30%", 30, "%", S=RH, K="enterprise", M="产值增长", P="2024", C=True, T=True),
    F("2.1亿美元", 210000000, "美元", S=HR, K="enterprise", M="华润清洁能源项目总投资", P=None),
    F("600吨", 600, "吨", S=HR, K="enterprise", M="日供热量", P="2023"),
    F("87万度", 870000, "度", S=HR, K="enterprise", M="日发电量", P="2023"),
    F("1.1公里", 1.1, "公里", S=HR, K="enterprise", M="建成热力管道", P="2023"),
    F("4家", 4, "家", S=HR, K="enterprise", M="新接入热用户", P="2023", C=True),
    F("16家", 16, "家", S=HR, K="enterprise", M="累计热用户", P="2023"),
    F("240.4亿元", 24040000000, "元", **HQ, M="工业开票销售"),
    F("10.7亿元", 1070000000, "元", **HQ, M="工商税收收入"),
    F("18.7%", 18.7, "%", **HQ, M="工业开票销售同比增长", C=True),
    F("117.7%", 117.7, "%", **HQ, M="工商税收收入同比增长", C=True),
    F("30个", 30, "个", **HQ, M="累计新签约亿元以上项目"),
    F("10亿元以上", 1000000000, "元", **HQ, M="重特大项目投资门槛"),
    F("4个", 4, "个", **HQ, M="10亿元以上重特大项目"),
]
DATES = [D("四季度", "2023-10", "2023-12", inferred=True)] * 2 + [D("2022年", "2022"), D("2024年", "2024"),
         D("1-9月份", "2023-01", "2023-09", inferred=True)]
EXCLUDE = ["3+1"]
