# 6dgww.com (document-sharing site) copy of the 芜湖经开区 work report; the report covers 2022 (预计全年) → published 2022, inferred.
# The zone is only called 经开区 (奇瑞, 美的, 芜湖市 → 芜湖经开区). 国家进口贸易促进创新示范区 is a title/label,
# not a zone. Years in list names (`入选2022年国家智能制造示范工厂`, `入围2022年国家级制造业单项冠军企业`) are not dates;
# `2021年度` (GUIDE's example) is. `连续19年`/`连续10年` are durations in 年 → not figures; 第13位 / 第3位 ranks.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
WH = "芜湖经开区"
Y = "2022"
ARTICLES = [A("经开区2022年经济社会发展总体情况和2023年工作打算汇报", WH)]
ZONES = [Z(WH, ["经开区"])]
ENTERPRISES = [
    E("奇瑞汽车", kind="short"), E("美的集团", kind="group"), E("信义集团", kind="group"), E("长信科技", kind="short"),
    E("楚江集团", kind="group"), E("人本集团", kind="group"), E("美的厨卫", kind="short"), E("美智空调", kind="short"),
    E("神剑新材料", kind="short"), E("鑫科铜业", kind="short"),
]
FIGURES = [
    F("685亿元", 68500000000, "元", S=WH, K="zone", M="地区生产总值", P=Y, T=True),
    F("8.5%左右", 8.5, "%", S=WH, K="zone", M="地区生产总值", P=Y, C=True, T=True),
    F("2220亿元", 222000000000, "元", S=WH, K="zone", M="规模以上工业产值", P=Y, T=True),
    F("18.7%", 18.7, "%", S=WH, K="zone", M="规模以上工业产值", P=Y, C=True, T=True),
    F("260亿元", 26000000000, "元", S=WH, K="zone", M="固定资产投资", P=Y, T=True),
    F("16%", 16, "%", S=WH, K="zone", M="固定资产投资", P=Y, C=True, T=True),
    F("174亿元", 17400000000, "元", S=WH, K="zone", M="规上服务业营业收入", P=Y, T=True),
    F("18.9%", 18.9, "%", S=WH, K="zone", M="规上服务业营业收入", P=Y, C=True, T=True),
    F("217家", 217, "家", S="国家级开发区", K="other", M=None, P="2021"),
    F("126家", 126, "家", S="省级以上开发区", K="other", M=None, P="2021"),
    F("2家", 2, "家", S=WH, K="zone", M="入选企业", P=Y),
    F("50%", 50, "%", S=WH, K="zone", M="入选企业数占全市", P=Y),
]
DATES = [D("2022年", "2022"), D("2023年", "2023"), D("2022年", "2022"), D("2021年度", "2021")]
