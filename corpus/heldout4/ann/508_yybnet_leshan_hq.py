# No date line; year from the address (201908) and 8月22日 in the text: published 2019-08, inferred.
# Caption "正在建设中的“双子塔”" is glued before the byline; not part of the title.
# Companies named through their projects/branches (北京大账房西南总部, 中国联通区域数据中心 ...) count.
# 东西部协作电子信息产业园示范区 is an industrial park, not a zone.
PUBLISHED = "2019-08"
PUBLISHED_INFERRED = True
ARTICLES = [A("乐山高新区 总部经济聚集区建设加速推进", "乐山高新区")]
ZONES = [Z("乐山高新区", ["乐山高新区"])]
ENTERPRISES = [
    E("北京大账房", kind="short"), E("金螳螂", kind="short"), E("协鑫", kind="short"),
    E("正英电子", kind="short"), E("PBA", ["新加坡PBA"], kind="short"), E("深圳金科基", kind="short"),
    E("国药控股", kind="short"), E("伟力得公司", kind="short"),
    E("电科云", kind="short"), E("薪起程", kind="short"), E("中国联通", kind="short"), E("驴妈妈", kind="short"),
]
S("一总部三基地", "other", "2019-01", "2019-06")
F("451亿元", 45100000000, "元", m="营业收入")
F("76.32亿元", 7632000000, "元", m="固定资产投资")
S("乐山高新区", "zone", "2019-01", "2019-06")
F("102.3亿元", 10230000000, "元", m="营业收入")
F("52.8%", 52.8, "%", m="营业收入", c=True)
F("18.4亿元", 1840000000, "元", m="固定资产投资")
F("15.65%", 15.65, "%", m="固定资产投资", c=True)
F("18个", 18, "个", m="招商正式签约项目")
F("102.5亿元", 10250000000, "元", m="签约项目总投资")
F("50余家", 50, "家", m="引进总部企业")
F("100家", 100, "家", m="签约、注册总部企业", t=True, p="2019", pe=None)
F("10余个", 10, "个", m="即将落地总部项目", t=True, p=None, pe=None)
F("6亿元", 600000000, "元", m="投资", s="电科云", sk="enterprise", t=True, p=None, pe=None)
F("5亿元", 500000000, "元", m="投资", s="薪起程", sk="enterprise", t=True, p=None, pe=None)
F("2亿元", 200000000, "元", m="投资", s="中国联通", sk="enterprise", t=True, p=None, pe=None)
F("1亿元", 100000000, "元", m="投资", s="驴妈妈", sk="enterprise", t=True, p=None, pe=None)
F("11个", 11, "个", m="即将落户项目", t=True, p=None, pe=None)
F("20亿元", 2000000000, "元", m="即将落户项目总投资", t=True, p=None, pe=None)
F("8.3亿元", 830000000, "元", m="PPP项目完成投资")
F("16.16亿元", 1616000000, "元", m="PPP项目累计完成投资", p="2019-08-22", pe=None)
F("45%", 45, "%", m="累计完成总工程量", s="双子塔", p="2019-08-22", pe=None)
D("8月22日", "2019-08-22", None, True)
D("上半年", "2019-01", "2019-06", True)
D("上半年", "2019-01", "2019-06", True)
D("上半年", "2019-01", "2019-06", True)
