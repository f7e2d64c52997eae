# huanjingyujingji.com (环境与经济, small site) copy of a 人民日报 item (12 Dec press conference of 工信部); site
# crumbs, `浏览:226` (counter, no figure) and `04 版` (page number) kept; copyright/ICP footer cut.
# Published 2023-12-13 as printed (the item's own `2023年12月13日` line agrees). Bare `12日` (twice) is the
# conference day (heldout16's `13日`); `前三季度` is a span of the page's year (heldout16's `一季度`).
# Zones: 中关村 (`北京中关村`, `中关村`), 上海张江高新区 (also bare `上海张江` in `以北京中关村和上海张江为例`).
# No zone is primary: the item is about all 178 national zones. No company is named.
# `约占全市的80%`: text `80%`, approx by hand. `超万亿元` is a Chinese-numeral amount with a scale word (GUIDE) → 1e12, approx.
PUBLISHED = "2023-12-13"
PUBLISHED_INFERRED = False
GX = dict(S="国家高新区", K="other")
ZC = dict(S="中关村", K="zone")
ZJ = dict(S="上海张江高新区", K="zone")
ARTICLES = [A("国家高新技术产业开发区总数达178家", None)]
ZONES = [Z("中关村", ["北京中关村", "中关村"]), Z("上海张江高新区", ["上海张江高新区", "上海张江"])]
ENTERPRISES = []
FIGURES = [
    F("178家", 178, "家", **GX, M="国家高新技术产业开发区总数", P="2023-11"),
    F("178家", 178, "家", **GX, M="国家高新技术产业开发区总数", P="2023-11"),
    F("12.33万亿元", 12330000000000, "元", **GX, M="生产总值", P=("2023-01", "2023-09")),
    F("7.11%", 7.11, "%", **GX, M="生产总值同比增长", P=("2023-01", "2023-09"), C=True),
    F("近80%", 80, "%", **GX, M="聚集全国重点实验室占比"),
    F("70%", 70, "%", **GX, M="聚集国家制造业创新中心占比"),
    F("超万亿元", 1000000000000, "元", **GX, M="企业研发投入"),
    F("8.7万亿元", 8700000000000, "元", **ZC, M="企业总收入", P="2022"),
    F("1.7万家", 17000, "家", **ZC, M="国家高新技术企业", P="2022"),
    F("9576.5亿元", 957650000000, "元", **ZJ, M="三大先导产业规模", P=("2023-01", "2023-10")),
    F("80%", 80, "%", approx=True, **ZJ, M="三大先导产业规模占全市比重", P=("2023-01", "2023-10")),
]
DATES = [D("2023-12-13", "2023-12-13"), D("12月12日", "2023-12-12", inferred=True), D("12日", "2023-12-12", inferred=True),
         D("2023年11月", "2023-11"), D("前三季度", "2023-01", "2023-09", inferred=True), D("12日", "2023-12-12", inferred=True),
         D("2022年", "2022"), D("2023年1至10月", "2023-01", "2023-10"), D("2023年12月13日", "2023-12-13")]
EXCLUDE = ["浏览:226", "04 版"]
