# juredian.net (aggregator, `热闻` channel) copy of a story on the 2022 park top-100 list; crumbs and the printed
# `时间:2022-08-28 11:32:09` (clock no figure) kept; the stored text breaks off in the 武汉东湖 paragraph (`是中国三大智力`):
# cut after the 杭州 paragraph (so 武汉东湖新技术开发区 and the 6–10 list fell in the cut tail).
# Zones (ten, each named in full in its own list item, so none coordinated; no primary zone, the story covers many):
# `…高新技术产业开发区` → `<place>高新区` (南京, 济南, 长沙, 合肥; 上海紫竹 keeps its district name; 杭州 also printed
# `杭州高新区`); `…经济技术开发区` keep their own form (青岛, 天津, 昆山, 江宁). No company (`独角兽企业` unnamed).
# Not dates: the year inside the report name `“2022年园区高质量发展百强研究报告”` and the list name `2022年全国百强园区`
# (heldout16: list names); not figures: ranks `16-20名`, `11-15名`, `第16名`, `第11名`, list names with 百强.
# Figures: headline `100多家` (the unnamed top park's unicorns), `超过300家` (the threshold of the counted parks),
# `65个`, `超过了五成` → 50 % approx (X成), `近2000家` (南京高新区's companies). No stated periods (null).
PUBLISHED = "2022-08-28"
PUBLISHED_INFERRED = False
NJ = "南京高新区"
ARTICLES = [A("全国排名第一的园区:有100多家独角兽企业,领跑深圳苏州的园区", None)]
ZONES = [Z(NJ, ["南京高新技术产业开发区"]), Z("上海紫竹高新区", ["上海紫竹高新技术产业开发区"]),
         Z("青岛经济技术开发区", ["青岛经济技术开发区"]), Z("济南高新区", ["济南高新技术产业开发区"]),
         Z("长沙高新区", ["长沙高新技术产业开发区"]), Z("杭州高新区", ["杭州高新技术产业开发区", "杭州高新区"]),
         Z("天津经济技术开发区", ["天津经济技术开发区"]), Z("昆山经济技术开发区", ["昆山经济技术开发区"]),
         Z("合肥高新区", ["合肥高新技术产业开发区"]), Z("江宁经济技术开发区", ["江宁经济技术开发区"])]
ENTERPRISES = []
FIGURES = [
    F("100多家", 100, "家", S="全国排名第一的园区", K="other", M="独角兽企业"),
    F("超过300家", 300, "家", S="百强园区", K="other", M="高新技术企业数量"),
    F("65个", 65, "个", S="百强园区", K="other", M="高新技术企业超过300家的园区"),
    F("超过了五成", 50, "%", S="百强园区", K="other", M="东部地区占比"),
    F("近2000家", 2000, "家", S=NJ, K="zone", M="企业"),
]
DATES = [D("2022-08-28", "2022-08-28")]
EXCLUDE = ["11:32:09", "2022年园区高质量发展百强研究报告", "2022年全国百强园区16-20名", "11-15名", "第16名", "第11名"]
