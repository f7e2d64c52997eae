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
    # Traditional-script conversion copy of a 黔东南信息港 item (县 story); headline line, body, byline.
    # No date in the text -> null.
    "1714_zhxpm_zhenyuan-zhaoshang": (None, None, [
        "鎮遠縣招商引資初見成效工業園區再掀建設熱潮"]),
    # financial portal's announcement page: the headline is printed with the date glued to it
    # (`…的公告2021-09-15`); the date is no part of it. The announcement's own three-line document title
    # (company name / 关于… / …的公告) below is the same article's heading, not a second article.
    "1715_sohu_tongyi-dongtai": ("2021-09-15", False, [
        "同益股份:关于与江苏东台经济开发区管委会签订项目投资协议书的公告"]),
    # financial portal: crumbs, headline, empty 来源 with 时间, digest repeating the headline with a full stop,
    # 图说财富 widget name after the article.
    "1716_fortunepaper_zhengyuan-jiajiang": ("2020-11-12", False, [
        "正源股份:拟与夹江县人民政府签署投资协议"]),
    # SEO-spun copy of a 人民日报 story (fragments of the headline injected into the body); the source line
    # 《 人民日报 》( 2023年12月13日 第 04 版) dates it; the unrelated link list after it is no article.
    "1717_gediu_gaoxinqu-178jia": ("2023-12-13", False, [
        "国家高新技术产业开发区总数达178家"]),
    # city news portal: headline, ▲ photo caption, body. 3月3日 only, no year in the text -> null.
    "1718_chengdu-cn_xibu-qingneng": (None, None, [
        "西部最大氢能产业基地力争年内分步竣工验收"]),
    # Traditional copy with pinyin readings glued in (kept as stored) of a 天津日报 item; headline kept as
    # printed. 十四五规划纲要 just issued, 2018年初 the latest year -> 2021 inferred.
    "1719_blulocks_lingang-zhuangbeiyuan": ("2021", True, [
        "臨港智能裝備園二期竣工交付"]),
    # repost of a 河南日报 story: 来源 line, then a two-line headline of kicker (引题, the 为…-phrase above)
    # and main line; the title is the main line alone. Year never printed -> null.
    "1720_sdbgw_yuha-lingtan": (None, None, [
        "豫哈零碳科技产业援疆平台成效显著"]),
    # reposting site: date line with 原创 notice, headline, body, byline, 原标题 repeating the headline
    # (one article), 【推荐阅读】. Printed 2016-3-22 (the body's 今日4月28日讯 is the source's own dateline).
    "1721_kmdxbzk_guanyun-kfq": ("2016-03-22", False, [
        "灌云开发区 打造“生态都市园区”"]),
    # Taiwan industrial-land agency's blog: `expand` buttons; the column name 工業地新聞 printed before the
    # colon is no part of the headline (as 1726's 《科技》, 1731's 〈時評〉). 台商回台投資行動方案 "自今年1月實施"
    # (the scheme started in January 2019) -> 2019 inferred.
    "1722_plant168_taishang-huitai": ("2019", True, [
        "歡迎台商回台投資案"]),
    # before 2020, year not printed -> null.
    "1723_dfrb_kfq-zhongda-xiangmu": (None, None, [
        "开发区扭住重大项目夯实发展基础"]),
    # Taiwan biotech monthly's site: byline 撰文, two date lines. One paragraph kept (the next one broke off).
    "1724_gbimonthly_kexueyuanqu-6yi": ("2015-04-27", False, [
        "科學園區增6億投資案 促航太及醫療產業升級"]),
    # Traditional copy with pinyin readings glued in (kept as stored) of a 光明日报 feature: a lone "-" line,
    # the headline, the 最后更新 date glued to the first paragraph, a photo caption. Cut after the caption.
    "1725_tfltb_gaoxinqu-keji-zhicheng": ("2022-04-19", False, [
        "國(guó)家高新區(qū):為經(jīng)濟(jì)增長(zhǎng)提供強(qiáng)力科技支撐"]),
    # Taiwan financial portal, 時報 wire: font-size buttons, the channel tag 《科技》 printed before the
    # headline is no part of it (like heldout10's forum tag); the space after the company name is kept.
    "1726_money-link_licheng-zhuke-erchang": ("2021-06-19", False, [
        "力成 斥資200億建竹科二廠 創造約2,000名高科技人才需求"]),
    # Hong Kong long-form site (simplified edition): headline, digest question, photo caption, tag row.
    # 2021年4月12日 and 今年四月初 -> 2021-04 inferred.
    "1727_theinitium_jingpiandao": ("2021-04", True, [
        "我们摇篮的晶片岛:从海军工厂到科学园区,台湾半导体业前世今生"]),
    # city government topic page: headline, empty 来自: with 时间. One paragraph.
    "1728_zzctp_xinyiyao-chanye": ("2020-02-13", False, [
        "大力发展新医药产业"]),
    # county news site: bullet list of date/source/editor/view counter/暂无简介 after the headline,
    # 推荐信息 / 热点信息 widget names after the article.
    "1729_zzyxxw_yunxiao-kfq": ("2018-12-11", False, [
        "云霄经济开发区:园区企业项目建设如火如荼"]),
    # mirror of a 大紀元 (中央社) item; dateline without year (3月23日) -> null; 相關文章 after it.
    "1730_tvsmo_ma-yinxing-guanjun": (None, None, [
        "馬訪隱形冠軍 盼產業創新加值"]),
    # Taiwan news site: column tag 〈時評〉 printed before the headline is no part of it (as 1726's
    # 《科技》); 1166 is a view counter. No date printed -> null.
    "1731_taiwannews_yinxing-guanjun-shiping": (None, None, [
        "隱形冠軍不能是台灣產業的重點"]),
    # portal copy of a 商丘日报 story: 本文转自 line, then a two-line headline (main line and its second
    # line, both full statements, no 引题 phrase) joined without a space, then the photo caption.
    # 3月21日 + 回顾总结2023年 / 部署2024年 -> 2024-03 inferred.
    "1732_eastday_liangyuan-dahui": ("2024-03", True, [
        "梁园区召开高质量发展大会五家高质量发展企业获奖新能源汽车"]),
    # city portal copy of 聊城晚报: crumbs, headline, 发布/来源/浏览次/编辑 line; the two in-text decks
    # (20年来开发区财政收入增长400多倍 / 优秀村党支部书记…接受表彰) are section heads, not titles.
    "1733_liaocheng-cc_kfq-20zhounian": ("2015-10-09", False, [
        "聊城开发区建区20周年总结表彰大会举行"]),
    # city media-cloud site: byline block and comment widget after the article.
    # 3月1日 + 2024年经济工作会 -> 2024-03 inferred.
    "1734_cjyunjianghanfeng_shashi-jiangli": ("2024-03", True, [
        "沙市经济开发区215万元奖励优秀企业"]),
    # Taiwan portal copy of 遠見雜誌: two-part one-line headline (space kept), source/date line with
    # 63天前; a section head glued to the next paragraph in the stored text.
    "1735_hinet_huangjin-xiaozhen": ("2021-10-05", False, [
        "85個台灣黃金小鎮,有21個國際級產業 世界亮點產業少不了台灣"]),
    # spam-laden reposting site: channel 中医新闻 (wrong), the body opens with an injected sentence; the
    # headline is kept exactly as printed, its tail 投资永恒 included (no way to tell it from the page).
    "1736_mndnby_fenhu-gxq": ("2021-06-02", False, [
        "汾湖高新区在沪召开投资说明会现场签约投资永恒"]),
    # city paper e-paper: date line, 版 line, photo story headline (two-part, space kept), photographer,
    # trailing metadata line repeating the headline.
    "1737_hbnews_dongbu-xincheng": ("2020-10-29", False, [
        "建设紧锣密鼓 新城日新月异"]),
    # district government site: crumbs ending in 图片新闻, an empty index table, headline, 发布时间 line.
    "1738_jindong-gov_chunjie-butinggong": ("2024-02-20", False, [
        "春节不停工 项目建设忙"]),
}
JOINED = {}
