# fx112.cn (forex portal, `expert_shares` column) copy of a 财华社 digest of Hong Kong listed-company announcements,
# Simplified. The digest line `【上市公司公布】2020年1月10日` (series tag + date, no article title) and the source line
# `财华社 2020-01-10 09:38` (published, printed; clock no figure) kept. Two items: both headlines are titles (stock codes
# kept, heldout16). The stored text broke off inside the second item's second paragraph → cut after its first.
# Companies: 利宝阁集团 (group), 阿里巴巴集团 (group; `阿里巴巴` used for it in the headline), 上海盒马网络科技有限公司
# (registered; `上海盒马鲜生` plainly used for it as the contracting party → variant), 中教控股 (short). Not companies:
# 「利宝阁」 (brand), 财华社 (media). Stock codes `01869`, `09988`, `00839` are codes, `O2O` a term. `为期三年` is a span in 年 → no
# figure: the page has no figure. Dates: the digest's date and the source line's, `2019年12月16日`, `2020年1月9日`.
PUBLISHED = "2020-01-10"
PUBLISHED_INFERRED = False
ARTICLES = [A("利宝阁集团(01869-HK)与阿里巴巴合作扩上海外卖市场", None), A("中教控股(00839-HK)发澄清指拟售资产传闻属捏造", None)]
ZONES = []
ENTERPRISES = [E("利宝阁集团", kind="group"), E("阿里巴巴集团", ["阿里巴巴"], kind="group"),
               E("上海盒马网络科技有限公司", ["上海盒马鲜生"]), E("中教控股", kind="short")]
FIGURES = []
DATES = [D("2020年1月10日", "2020-01-10"), D("2020-01-10", "2020-01-10"), D("2019年12月16日", "2019-12-16"),
         D("2020年1月9日", "2020-01-09")]
EXCLUDE = ["09:38", "01869", "09988", "00839", "O2O"]
