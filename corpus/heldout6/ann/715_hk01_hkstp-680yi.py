# zh.hk01.com (Hong Kong web news, simplified-script edition). No date printed (`出版:更新:` empty). The text
# gives only `今日(12日)`, `上月发表的《财政预算案》` proposing 50亿元 for a “策略性创科基金” and the Shenzhen branch
# opening `下半年`: that budget (2022-23, February 2022) puts the story on 2022-03-12 (inferred from the text with
# that knowledge; the URL carries no date; the stored copy breaks off before the paragraph on the 20th anniversary). Headline `4年` and body `四年` are durations in 年 (no figures);
# `20周年` is an anniversary (no figure). `+1` is a widget. `一元` (Chinese money without scale word) is a figure.
# Enterprises: 香港科技园公司 (short), 商汤科技, Lalamove (short). 港台 (RTHK) is media; funds are not enterprises.
PUBLISHED = "2022-03-12"
PUBLISHED_INFERRED = True
KY = "香港科技园公司"
KX = "科学园"
H2 = ("2022-07", "2022-12")
ARTICLES = [A("查毅超:科学园园区公司4年集资680亿元 下半年启动深圳分园", None)]
ZONES = []
ENTERPRISES = [E(KY, kind="short"), E("商汤科技", kind="short"), E("Lalamove", kind="short")]
FIGURES = [
    F("680亿元", 68000000000, "元", S="科学园园区公司", K="other", M="集资", P=None),
    F("50亿元", 5000000000, "元", S="策略性创科基金", K="other", M="拨款", P=None, T=True),
    F("超过220宗", 220, "宗", S="科学园园区公司", K="other", M="获投资案例", P=None),
    F("超过680亿元", 68000000000, "元", S="科学园园区公司", K="other", M="筹得", P=None),
    F("大约850间", 850, "间", S=KY, K="enterprise", M="孕育初创企业", P=None),
    F("超过1,000间", 1000, "间", S=KX, K="other", M="落户创科企业", P=None),
    F("超过1.7万人", 17000, "人", S=KX, K="other", M="创科社群人数", P=None),
    F("1.1万人", 11000, "人", S=KX, K="other", M="研发专业人士", P=None),
    F("超过6亿元", 600000000, "元", S=KY, K="enterprise", M="创投基金资产总额", P=None),
    F("23家", 23, "家", S="创投基金", K="other", M="已投资科技企业", P="2022-03-12"),
    F("一元", 1, "元", S=KY, K="enterprise", M="投资", P=None),
    F("32元", 32, "元", S=KY, K="enterprise", M="吸引外部投资", P=None),
    F("50 间", 50, "间", S=KX, K="other", M="生物医药科技企业", P=None),
    F("超过 150 间", 150, "间", S=KX, K="other", M="生物医药科技企业", P=None),
]
DATES = [
    D("下半年", "2022-07", "2022-12", inferred=True),
    D("12日", "2022-03-12", inferred=True),
    D("下半年", "2022-07", "2022-12", inferred=True),
]
