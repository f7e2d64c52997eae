# 中国高新技术产业导报 item stored from "本报讯": no headline, no article title. Published from the
# address (202207/11), inferred. Companies named as projects (迈为股份、联东U谷 …等一批优质项目) count;
# 投促中心/双创中心/企业服务中心 are not enterprises; 高新建投/高科创管 are the zone's state-owned companies.
PUBLISHED = "2022-07-11"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = [Z("珠海高新区", ["珠海高新区"])]
ENTERPRISES = [
    E("中电建", kind="short"), E("蜜蜂科技", kind="short"), E("打望科技", kind="short"),
    E("西啡科技", kind="short"), E("氦舶新材料", kind="short"),
    E("高新建投", kind="short"), E("高科创管", kind="short"),
    E("迈为股份", kind="short"), E("联东U谷", kind="short"),
]
S("珠海高新区", "zone", "2022-06")
F("15家", 15, "家", m="签约企业")
F("15个", 15, "个", m="签约项目")
F("48个", 48, "个", m="新引进产业项目")
F("135亿元", 13500000000, "元", m="投资总额")
S("珠海高新区", "zone", "2022-07")
F("270个", 270, "个", m="新引进项目")
F("超550亿元", 55000000000, "元", m="总投资额")
D("6月份", "2022-06", None, True)
D("6月份", "2022-06", None, True)
