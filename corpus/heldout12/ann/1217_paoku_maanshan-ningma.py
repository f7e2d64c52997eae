# information.paoku.com.cn (跑酷财经网, aggregator copy of 马鞍山日报), crumbs `快讯> 正文`, `(相关资料图)` caption
# placeholder; printed `时间: 2022-12-20 10:06:18` (clock no figure). Cut after the last paragraph (keyword line,
# editor, `为你推荐` and site footer dropped). The aggregator's prefix `每日播报!` dropped from the title (series tag).
# `12月16日` → 2022-12-16 (year inferred); `2023年6月`, `2024年12月` dates (targets).
# No GUIDE zone: 宁马新型功能区 (`功能区`, no GUIDE word), 博望区 a district. Enterprises: 珠海三锐精工科技有限公司
# (registered; `三锐` heading its project a variant); 腾亚 (short, heading `腾亚环控产业园`, heldout10's companies heading
# project names); 宁博创智谷 a park. `超10亿元` a threshold with a numeral (figure); 《…“十四五”…规划》 a document name;
# `双向四车道`, `两期` small Chinese counts. `年产500万台套…的生产能力`, `年销售收入`, `年纳税` after completion: targets.
PUBLISHED = "2022-12-20"
PUBLISHED_INFERRED = False
NM = dict(S="宁马新型功能区", K="other")
D16 = "2022-12-16"
SR = dict(S="珠海三锐精工科技有限公司", K="enterprise")
ARTICLES = [A("马鞍山宁马新型功能区16个重点项目集中开工", None)]
ZONES = []
ENTERPRISES = [E("珠海三锐精工科技有限公司", ["三锐"]), E("腾亚", kind="short")]
FIGURES = [
    F("16个", 16, "个", **NM, M="重点项目集中开工", P=D16),
    F("16个", 16, "个", **NM, M="重点项目集中开工", P=D16),
    F("57.2亿元", 5720000000, "元", **NM, M="总投资", P=D16),
    F("8个", 8, "个", **NM, M="新兴产业项目", P=D16),
    F("46亿元", 4600000000, "元", **NM, M="新兴产业项目总投资", P=D16),
    F("8个", 8, "个", **NM, M="基础设施项目", P=D16),
    F("11.2亿元", 1120000000, "元", **NM, M="基础设施项目总投资", P=D16),
    F("超10亿元", 1000000000, "元", **NM, M="项目投资额", P=None),
    F("4.12亿元", 412000000, "元", S="沪武高速博望互通立交项目", K="other", M="总投资", P=None),
    F("1.9公里", 1.9, "公里", S="沪武高速博望互通立交项目", K="other", M="整体落地长度", P=None),
    F("21亿元", 2100000000, "元", **SR, M="项目总投资", P=None),
    F("约160亩", 160, "亩", **SR, M="项目占地", P=None),
    F("2万平方米", 20000, "平方米", **SR, M="一期租赁标准化厂房", P=None, T=True),
    F("160亩", 160, "亩", **SR, M="二期占地", P=None, T=True),
    F("500万台套", 5000000, "台套", **SR, M="年产新能源汽车三电铝合金配件生产能力", P=None, T=True),
    F("17亿元", 1700000000, "元", **SR, M="年销售收入", P=None, T=True),
    F("6000万元", 60000000, "元", **SR, M="年纳税", P=None, T=True),
]
DATES = [D("2022-12-20", "2022-12-20"), D("12月16日", D16, inferred=True), D("2023年6月", "2023-06"),
         D("2024年12月", "2024-12")]
EXCLUDE = ["10:06:18"]
