# nanmuxuan.com repost of 长江日报 (city paper), no date printed and none in the text: published null.
# No figures or dates at all (`1.`–`4.` are list numbers). Zones: 武汉经开区; 临空港开发区 (武汉's 临空港 zone, named
# by the page only so) keeps the page's form. Enterprises: short names and groups as printed; 海尔家居 is the short
# form of 青岛海尔家居集成股份有限公司 named in full on the page (variant); 广东圣丰集团/圣丰集团 one group;
# 山东高速 (short) and its subsidiary 山东高速湖北发展有限公司 (registered) are separate entries; 浪潮集团 and
# 浪潮软件集团 separate groups. The 产业园区/科技小镇 are not enterprises.
PUBLISHED = None
PUBLISHED_INFERRED = True
ARTICLES = [A("一批鲁商扩大在汉投资", None)]
ZONES = [Z("武汉经开区", ["武汉经开区"]), Z("临空港开发区", ["临空港开发区"])]
ENTERPRISES = [
    E("山东高速", kind="short"),
    E("浪潮集团", kind="group"),
    E("威高集团", kind="group"),
    E("兴民智通", kind="short"),
    E("青岛海尔", kind="short"),
    E("青岛国奥源生物", kind="short"),
    E("青岛海尔家居集成股份有限公司", ["海尔家居"]),
    E("科瑞集团", kind="group"),
    E("广东圣丰集团", ["圣丰集团"], kind="group"),
    E("浪潮软件集团", kind="group"),
    E("山东高速湖北发展有限公司"),
    E("湖北联合发展投资集团有限公司"),
    E("武汉工业控股集团有限公司"),
]
FIGURES = []
DATES = []
