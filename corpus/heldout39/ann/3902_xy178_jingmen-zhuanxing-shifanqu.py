# 178.xy178.com (content farm, `销售` channel) copy of a 湖北日报 report; crumbs, the printed
# `2023-06-09 17:22:51` (clock no figure), the repost preamble (`今天(6月9日)`, `《湖北日报》2版刊登`, the headline
# quoted across a `(资料图片)` line) kept. The stored text broke off in the 正极材料 paragraph; cut after the last
# complete paragraph. Title: the main headline without the farm's clickbait prefix `快消息!` (heldout16); the quoted
# repeat in the preamble is the same title. About 荆门 city → primary null.
# Zone: 荆门高新区 (once). `产业转型升级示范区` is a role given to the city, no zone.
# Companies (all short unless registered): the two lists of firms (格林美 … 凯龙化工, 亿纬动力 … 玲珑轮胎); the old
# state plants 荆门炼油厂, 荆门热电厂, 宏图飞机制造厂 (enterprises named as factories, short; judgment call);
# 湖北恩捷新材料科技有限公司 (registered; the list's `恩捷` is its short name → variant); 湖北科达利 heading its project
# `湖北科达利新能源汽车动力电池精密结构件项目` (short; the list's `科达利` a variant).
# Not figures: `2版` (page number), `上世纪60年代末` (a decade; no date either), `连续11年` (duration in 年), `86号`
# (street number), `第四`/`第十二次` (ranks, ordinals). `截至2022年` shares carry period 2022; the 6月8日 site visit
# dates the two projects' figures; `计划年产7500万套` is a target.
PUBLISHED = "2023-06-09"
PUBLISHED_INFERRED = False
JM = dict(S="荆门", K="other")
EJ = "湖北恩捷新材料科技有限公司"
KD = "湖北科达利"
D68 = "2023-06-08"
ARTICLES = [A("工业重镇描绘新蓝图 荆门倾力打造“产业转型升级示范区”", None)]
ZONES = [Z("荆门高新区", ["荆门高新区"])]
ENTERPRISES = [E("荆门炼油厂", kind="short"), E("荆门热电厂", kind="short"), E("宏图飞机制造厂", kind="short"),
               E("格林美", kind="short"), E("李宁", kind="short"), E("中集宏图", kind="short"),
               E("福耀玻璃", kind="short"), E("新洋丰", kind="short"), E("金龙泉", kind="short"),
               E("京山轻机", kind="short"), E("凯龙化工", kind="short"), E("亿纬动力", kind="short"),
               E("新宙邦", kind="short"), E(EJ, ["恩捷"]), E(KD, ["科达利"], kind="short"),
               E("雄韬锂电", kind="short"), E("长城汽车", kind="short"), E("玲珑轮胎", kind="short")]
FIGURES = [
    F("49.5%", 49.5, "%", **JM, M="高新技术企业数量占规上企业比重", P="2022"),
    F("46%", 46, "%", **JM, M="高新技术增加值占规上工业增加值比重", P="2022"),
    F("13个", 13, "个", **JM, M="进入全省重点产业集群的产业", P="2022"),
    F("52亿元", 5200000000, "元", S=EJ, K="enterprise", M="投资", P=D68),
    F("300多名", 300, "名", S=EJ, K="enterprise", M="施工工人", P=D68),
    F("10亿元", 1000000000, "元", S=KD, K="enterprise", M="投资", P=D68),
    F("7500万套", 75000000, "套", S=KD, K="enterprise", M="计划年产结构件", P=D68, T=True),
]
DATES = [D("2023-06-09", "2023-06-09"), D("6月9日", "2023-06-09", inferred=True), D("2022年", "2022"),
         D("2022年6月", "2022-06"), D("6月8日", D68, inferred=True), D("9月", "2023-09", inferred=True)]
EXCLUDE = ["17:22:51", "2版", "60年代末", "连续11年", "86号"]
