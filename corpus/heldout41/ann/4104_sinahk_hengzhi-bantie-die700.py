# portal.sina.com.hk (新浪香港, reposting an RTHK 香港電台 midday wrap), Traditional, Hong Kong wording; whole as returned.
# The photo caption (`…跌幅3.1%。(港台圖片)`) stands twice after the headline: each figure in it is its own entry.
# The page prints no date and no dated mention: published "2024-10-03" is taken from the URL path (`rthk/2024/10/03/`),
# so PUBLISHED_INFERRED; every fact's period is that day.
# Companies: 京東集團 and 龍湖集團 (`…集團` without 公司 → group), 阿里巴巴, 阿里健康, 京東健康, 藥明生物, 新世界發展,
# 蒙牛, 百威亞太, 李寧, 中海油 (short). `ATMXJ` (a ticker basket) and the indices are not enterprises; 港台 is media.
# `連升6日` (six straight sessions) is a duration of 6 days, not a date. `22000點` is the level lost (a level, not a change).
# Pairs (`京東健康和藥明生物跌近9%`, `百威亞太和李寧都跌逾6%`) take the first company as the fact subject.
PUBLISHED = "2024-10-03"
PUBLISHED_INFERRED = True
P = "2024-10-03"
HSI = dict(S="恒生指數", K="other", P=P)
TECH = dict(S="科技指數", K="other", P=P)
def ent(name):
    return dict(S=name, K="enterprise", P=P)
ARTICLES = [A("恒指一度跌逾1000點 半日跌700點 科指跌逾5%", None)]
ZONES = []
ENTERPRISES = [E("京東集團", kind="group"), E("龍湖集團", kind="group")] + [E(n, kind="short") for n in
               ["阿里巴巴", "阿里健康", "京東健康", "藥明生物", "新世界發展", "蒙牛", "百威亞太", "李寧", "中海油"]]
def caption():
    return [F("22000點", 22000, "點", **HSI, M="失守關口"),
            F("逾1000點", 1000, "點", **HSI, M="最多曾跌", C=True),
            F("21743點", 21743, "點", **HSI, M="中午收市"),
            F("700點", 700, "點", **HSI, M="跌", C=True),
            F("3.1%", 3.1, "%", **HSI, M="跌幅", C=True)]
FIGURES = [
    F("逾1000點", 1000, "點", **HSI, M="一度跌", C=True),
    F("700點", 700, "點", **HSI, M="半日跌", C=True),
    F("逾5%", 5, "%", **TECH, M="跌幅", C=True),
] + caption() + caption() + [
    F("6日", 6, "日", kind="duration", **HSI, M="連升"),
    F("22000點", 22000, "點", **HSI, M="失守關口"),
    F("逾1000點", 1000, "點", **HSI, M="最多曾跌", C=True),
    F("21442點", 21442, "點", **HSI, M="低見"),
    F("21743點", 21743, "點", **HSI, M="中午收市"),
    F("700點", 700, "點", **HSI, M="跌", C=True),
    F("3.1%", 3.1, "%", **HSI, M="跌幅", C=True),
    F("逾1808億元", 180800000000, "元", S="主板", K="other", M="半日成交額", P=P),
    F("4889點", 4889, "點", **TECH, M="半日收報"),
    F("約5.2%", 5.2, "%", **TECH, M="跌幅", C=True),
    F("近2%", 2, "%", S="ATMXJ", K="other", M="跌幅", P=P, C=True),
    F("近9%", 9, "%", **ent("京東集團"), M="跌幅", C=True),
    F("近6%", 6, "%", **ent("阿里巴巴"), M="跌幅", C=True),
    F("13%", 13, "%", **ent("阿里健康"), M="跌幅", C=True),
    F("近9%", 9, "%", **ent("京東健康"), M="跌幅", C=True),
    F("近11%", 11, "%", **ent("龍湖集團"), M="跌幅", C=True),
    F("近10%", 10, "%", **ent("新世界發展"), M="跌幅", C=True),
    F("近9%", 9, "%", **ent("蒙牛"), M="跌幅", C=True),
    F("逾6%", 6, "%", **ent("百威亞太"), M="跌幅", C=True),
    F("0.25%", 0.25, "%", **ent("中海油"), M="升幅", C=True),
]
DATES = []
EXCLUDE = []
