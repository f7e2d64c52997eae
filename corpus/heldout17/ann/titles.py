# Hand-written titles-only gold for heldout17 (pages 1701-17xx).
# page name -> (published, published_inferred, [titles in reading order])
# A comment on each page gives its judgment calls.
TITLES = {
    # forum archive copy of a county news site: headline stored three times (thread title with site
    # suffix, headline, 查看完整版本 footer); one article. Date from the post line.
    "1701_yilongnews_yilong-lidian": ("2020-04-10", False, [
        "总投资30亿元!仪陇锂电池产业园项目奠基开工"]),
    # provincial portal copy of a 人民日报 item; dated related links after the article are no articles.
    # The article prints no date of its own: the related list's 2025-01-02 (URL day too) -> inferred.
    "1702_gscn_shuzi-hexin": ("2025-01-02", True, [
        "2023年数字经济核心产业增加值127555亿元"]),
    # repost of a city government item; no date in the text (only the URL) -> null, as heldout10's 1005.
    "1703_pitimail_mianyang-yuanqu": (None, None, [
        "上半年绵阳市产业园区工业增加值总量保持快速增长"]),
    # city paper e-paper: 版 line, kicker 开发区 above the two-part one-line headline (space kept).
    "1704_pyxww_kfq-zhuaxiangmu": ("2020-08-10", False, [
        "全力以赴抓项目 攻坚克难促发展"]),
    # Hong Kong IT magazine: part marker (上) is printed in the headline and kept; 策略性投资 成效漸見 etc.
    # are in-text section heads. No printed date; reviews 2024 "過去一年" -> 2025 inferred.
    "1705_itpromag_chuangkeju-chengxiao": ("2025", True, [
        "回顧創科局成效!張曼莉:香港銳意革新 加大投資創科 (上)"]),
    # Hong Kong think-tank site: headline printed again before "bottom of page"; one article.
    # No date; 回歸 25 週年 -> 2022 inferred.
    "1706_nphk_chuangke-hequ": ("2022", True, [
        "香港創科發展何去何從?"]),
    # Hong Kong government blog: blog name line above the headline is no part of it.
    # 十周年 of the park, 「亞洲創意發明獎2010」 as 去年 -> 2011 inferred.
    "1707_fso-gov-hk_kexueyuan-shinian": ("2011", True, [
        "科學園十年成果的啟示"]),
    # Hong Kong online media: column name 眾說 above; series number (一) is inside the printed headline
    # and kept; the 系列文章 link to part (二) and the caption are no articles. Latest event 2019年4月 -> 2019.
    "1708_hkcnews_shumagang-kexueyuan": ("2019", True, [
        "數碼港與科學園的未來(一):發展軌跡比較"]),
    # content-farm article page, no date -> null.
    "1709_qingyang-me_sushang-chanyeyuan": (None, None, [
        "长三角苏商产业园正式投产,年产值预估达20亿元,助力区域经济发展"]),
    # aggregator: the prefix 精彩看点: (the aggregator's teaser label, like a forum tag) is dropped;
    # 【资料图】 caption, 标签 and 相关阅读 are furniture.
    "1710_qhdxw_shenghong-chuneng": ("2023-01-31", False, [
        "总投资306亿元!盛虹储能电池超级工厂和新能源电池研究院签约落户张家港"]),
    # synonym-spun repost (集团 -> 团体 in body and captions); the headline is the unspun one above the
    # body; the spun caption lines repeating it are captions. 12月18日 + 二十大后 -> 2022-12 inferred.
    "1711_car-metaverse_tianneng-xinfeng": ("2022-12", True, [
        "天能集团(江西)新能源智造项目在信丰签约!吴忠琼宣布开工"]),
    # company press page: channel bar 集团新闻 / Group News, crumbs, digest repeating the first paragraph.
    # No date on the page -> null.
    "1712_stanleygroup_gaoqi-fushen": (None, None, [
        "公司顺利通过国家高新技术企业复审"]),
    # Taiwan property-news portal: the headline is stored only as the 新聞摘要 bullet; caption printed
    # twice with the channel name. Event 2023年6月29日 -> 2023-06 inferred.
    "1713_mygonews_nanke-sanqi": ("2023-06", True, [
        "台南科學園區三期擴建創約4,900就業機會 壯大半導體產業生態系"]),
}
JOINED = {}
