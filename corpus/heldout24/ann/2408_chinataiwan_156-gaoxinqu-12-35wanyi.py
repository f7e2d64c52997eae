# big5.chinataiwan.cn (台灣網's Big5 gateway: a mainland site served in Traditional script) copy of a 新華社 wire item;
# whole as returned (mobile-version lines, `字號`, the editor line kept). Printed `2018-07-17 10:33:00` → published.
# Dates: dateline `7月16日`, `16日` (day-only, same day; inferred), `2018年`, the headline's `今年前五月` and the body's
# `今年1月到5月` (spans 2018-01..2018-05, inferred), `2014年`, `2016年`, `2017年底` (→ 2017-12).
# Zones: 中關村 (GUIDE names it), 上海張江 (listed beside 中關村 and 深圳高新區 as national high-tech zones that set up
# overseas centres → `上海張江高新區`, GUIDE's canonical form with the district name), 深圳高新區. `156個國家高新區` is a
# count, no zone; primary zone none (all national zones). No company (新華社, 科技部, 火炬中心 are no enterprises).
# Aggregates have subject 國家高新區 (other); `目前` → the dateline day; `規劃建設10個` a target.
PUBLISHED = "2018-07-17"
PUBLISHED_INFERRED = False
P5 = ("2018-01", "2018-05")
NOW = "2018-07-16"
GX = dict(S="國家高新區", K="other")
SZ = dict(S="深圳高新區", K="zone")
ARTICLES = [A("穩中有進:156個國家高新區今年前五月共實現營業收入12.35萬億元", None)]
ZONES = [Z("中關村", ["中關村"]), Z("上海張江高新區", ["上海張江"]), Z("深圳高新區", ["深圳高新區"])]
ENTERPRISES = []
FIGURES = [
    F("156個", 156, "個", **GX, M="國家高新區", P=P5),
    F("12.35萬億元", 12350000000000, "元", **GX, M="營業收入", P=P5),
    F("156個", 156, "個", **GX, M="國家高新區", P=P5),
    F("12.35萬億元", 12350000000000, "元", **GX, M="營業收入", P=P5),
    F("8.13%", 8.13, "%", **GX, M="營業收入同比增長", P=P5, C=True),
    F("7265億元", 726500000000, "元", **GX, M="凈利潤", P=P5),
    F("8.78%", 8.78, "%", **GX, M="凈利潤同比增長", P=P5, C=True),
    F("13.6萬家", 136000, "家", **GX, M="新註冊企業數", P=P5),
    F("25.3%", 25.3, "%", **GX, M="新註冊企業數同比增長", P=P5, C=True),
    F("1542家", 1542, "家", **GX, M="瞪羚企業", P="2014"),
    F("2576家", 2576, "家", **GX, M="瞪羚企業", P=NOW),
    F("104家", 104, "家", **GX, M="獨角獸企業", P="2016"),
    F("125家", 125, "家", **GX, M="獨角獸企業", P=NOW),
    F("76.2%", 76.2, "%", **GX, M="獨角獸企業佔全國比重", P=NOW),
    F("994家", 994, "家", **GX, M="企業境外研發機構", P="2017-12"),
    F("10個", 10, "個", **SZ, M="規劃建設海外科技創新中心", T=True),
    F("4家", 4, "家", **SZ, M="實際掛牌運作海外科技創新中心", P=NOW),
]
DATES = [D("2018-07-17", "2018-07-17"), D("今年前五月", "2018-01", "2018-05", inferred=True),
         D("7月16日", NOW, inferred=True), D("16日", NOW, inferred=True), D("2018年", "2018"),
         D("今年1月到5月", "2018-01", "2018-05", inferred=True), D("2014年", "2014"), D("2016年", "2016"),
         D("2017年底", "2017-12")]
EXCLUDE = ["10:33:00"]
