# mieldepalma.com (a group's site, section `集团新闻`), a news item about 徐圩新区: section crumb, headline, the field
# line `信息来源: 发布日期:2021-02-10 00:00:00 点击量:445` (published 2021-02-10 printed; clock and counter no
# figures); whole as returned.
# Zone: 徐圩新区 (连云港; `…新区`, called a 国家级示范园区 on the page) with bare `新区` as a variant; primary.
# Companies: the eight banks, named by branch: each entry is the bank (GUIDE: a bank → short) with the printed branch
# name as its variant (`中国建设银行` / `中国建设银行连云港徐圩支行`, …); 国家开发银行, 中国进出口银行 and
# 中国农业发展银行 are state banks, still banks. The garbled `中国农业连云港徐圩支行` (银行 dropped by the source) is
# entered as printed.
# Dates: the meeting's `2020年度` (a ceremony's year, heldout16; 年度 → 2020), `2020年底` (→ 2020-12). `11年来` is a
# duration in 年 (no figure). `8家` three times, the banks' credit `突破600亿元` (→ 600亿元, no approx word).
PUBLISHED = "2021-02-10"
PUBLISHED_INFERRED = False
XW = "徐圩新区"
ZK = dict(S=XW, K="zone")
ARTICLES = [A("多家金融机构获评徐圩新区开发建设有功单位", XW)]
ZONES = [Z(XW, [XW, "新区"])]
ENTERPRISES = [
    E("国家开发银行", ["国家开发银行江苏省分行客户四处"], kind="short"),
    E("中国进出口银行", ["中国进出口银行江苏省分行客户六处"], kind="short"),
    E("中国农业发展银行", ["中国农业发展银行连云港市分行营业部"], kind="short"),
    E("中国建设银行", ["中国建设银行连云港徐圩支行"], kind="short"),
    E("中国工商银行", ["中国工商银行连云港徐圩支行"], kind="short"),
    E("中国农业连云港徐圩支行", kind="short"),
    E("中国银行", ["中国银行连云港徐圩支行"], kind="short"),
    E("交通银行", ["交通银行连云港连云支行"], kind="short"),
]
FIGURES = [
    F("8家", 8, "家", **ZK, M="开发建设有功单位金融机构", P="2020"),
    F("8家", 8, "家", **ZK, M="金融机构", P="2020"),
    F("8家", 8, "家", **ZK, M="金融机构", P="2020-12"),
    F("600亿元", 60000000000, "元", **ZK, M="金融机构授信总额", P="2020-12"),
]
DATES = [D("2021-02-10", "2021-02-10"), D("2020年度", "2020"), D("2020年底", "2020-12")]
EXCLUDE = ["00:00:00", "445", "11年来"]
