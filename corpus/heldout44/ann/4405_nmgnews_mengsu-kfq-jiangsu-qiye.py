# szb.nmgnews.com.cn (内蒙古日报 e-paper, page 11); the e-paper menu lines and the series tag `【镜头一】` kept (no part of
# the title). The stored text breaks off in the paragraph on 鄂尔多斯市扬子中天新材料科技有限责任公司: cut after the last
# complete paragraph. Published date from the URL path (2023-03/12, inferred); `11版` is a page number (excluded).
# Zone: 蒙苏经济开发区 (…开发区, primary; also inside `内蒙古鄂尔多斯蒙苏经济开发区`). 远景鄂尔多斯现代能源装备产业园 and
# 零碳产业园 are parks; 伊金霍洛旗 a county.
# Companies: three registered companies, and the two parent groups as their own entries (远景科技集团, 常州科试集团; a parent
# and its subsidiary are two entries, heldout40). `当年年底` (the end of that year, 2020) → 2020-12, year inferred.
PUBLISHED = "2023-03-12"
PUBLISHED_INFERRED = True
MS = "蒙苏经济开发区"
ARTICLES = [A("辽阔草原上的江苏“手笔”", MS)]
ZONES = [Z(MS, [MS])]
ENTERPRISES = [E("远景动力技术(鄂尔多斯市)有限公司"), E("内蒙古科试防爆车辆有限公司"),
               E("鄂尔多斯市扬子中天新材料科技有限责任公司"), E("远景科技集团", kind="group"),
               E("常州科试集团", kind="group")]
FIGURES = [
    F("33万辆", 330000, "辆", S="鄂尔多斯", K="other", M="存量柴油重卡", P=None),
    F("1.3亿元", 130000000, "元", S="内蒙古科试防爆车辆有限公司", K="enterprise", M="销售产值", P="2022"),
]
DATES = [D("2020年", "2020"), D("当年年底", "2020-12", inferred=True), D("2019年12月", "2019-12"), D("2022年", "2022")]
EXCLUDE = ["11版"]
