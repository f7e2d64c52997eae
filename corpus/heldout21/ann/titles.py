# Hand-written titles-only gold for heldout21 (pages 2101-2138).
# page name -> (published, published_inferred, [titles in reading order])
# A comment on each page says where the headline stands and what was left out.
# URL dates are never used for `published` (as heldout10's 1005 / heldout17).
TITLES = {
    # spam-titled reposting site: casino line, 图片, crumb 当前位置 (whose last step is the spam name, not the
    # headline); headline alone on its line; 关闭 打印 and 上一篇/下一篇 link titles after the body are no
    # articles. Date: 7月20日 in the body, year from the 上一篇 link's 2021年 -> 2021-07 inferred.
    "2101_sheji58_zhengxie-gaoxinqu": ("2021-07", True, [
        "区政协召开助推高新区高质量发展协商座谈会"]),
    # spam keyword line above; Traditional headline, then a line glued date + view counter (2015-06-13 2293).
    "2102_gamerwindow_zizhu-kaocha": ("2015-06-13", False, [
        "松江區政府代表團來紫竹國家高新區考察"]),
    # Taiwan English-language trade portal (Chinese page): menu icon / logo lines; two-part headline with a
    # space kept; `2017/08/11 | By CENS` line, then the 經濟日報 byline line (no part of the headline).
    "2103_cens_jingbu-zhaoshang": ("2017-08-11", False, [
        "經部強化招商 三路出擊"]),
    # Hong Kong financial daily's web page: the series tag `回歸25年系列│` printed before the headline is left
    # out (GUIDE: not the series tag); channel 股市, time and date lines; the 【瀏覽全文:…】 link and
    # 欄名 line at the end are no articles.
    "2104_hket_chuangke-zhongxin": ("2022-06-30", False, [
        "香港如何成為國際創新科技中心?「北都」+「河套」你要知"]),
    # Hong Kong aggregator: the whole item is ONE line: headline glued to `發表於 2017-01-09 08:00 分享 讚好 0`
    # and the digest; the headline ends before 發表於. 原圖:大公報 and 評論 are furniture.
    "2105_speakout_gangshen-kejiyuan": ("2017-01-09", False, [
        "黃錦輝:「港深創新及科技園」是本地創新及科技界的新年大禮"]),
    # company site (serve-view page): headline line, two body lines, nothing else. 8月13日 with no year -> null.
    "2106_ycjsx_xinchangfang": (None, None, [
        "公司新厂房第一期工程正式开工"]),
    # reposting site (football.* sub-host of an unrelated domain) copying 中新网: headline stored with a
    # `******` tail (left out), then the same headline again behind the column tag (新春走基层) -> one
    # article. Captions glued to the next paragraph (`…王志凌 摄连日来…`) are no titles.
    # 中新网宁德2月4日电 + 2022年 results reported as last year -> 2023-02-04 inferred.
    "2107_shangjyu-global_pingnan-sanjiamache": ("2023-02-04", True, [
        "福建屏南“三驾马车”跑出经济发展加速度"]),
    # spam-titled mirror of 中经网 in Traditional with pinyin readings glued in (kept as stored);
    # the series tag 【非凡十年】 before the headline is left out; date/source line below.
    "2108_wxrnkj_xinxing-chanye": ("2022-08-11", False, [
        "冉冉“新星”產(chǎn)業(yè)興"]),
    # 星島 Canada (simplified variant): 14 lines of leaked debug output (category name, article IDs, list
    # dates 2025-09-20) before the headline; the topic tag `施政报告2025︱` is left out. In-text section
    # head (科技园公司全力配合政府…) and the doubled photo caption are no articles. The article prints no date;
    # the debug dates are the category list's, not the article's -> 2025 inferred from 施政报告2025.
    "2109_singtao-ca_shizheng-kejiyuan": ("2025", True, [
        "科技园欢迎报告积极支持创科产业 加快推进北都 全力建设新田科技城"]),
    # 南方网 Traditional feature: portal channel bullets, 返回; series tag 【港故事•2000】 left out;
    # caption, in-text section heads (初遇逆境 / 最早入駐僅50個機構被質疑為地產項目) are no articles.
    # No date printed; 二十多年來 after 2000 gives no firm year -> null. Cut after the last whole paragraph.
    "2110_southcn_shumagang-chuangke": (None, None, [
        "香港數碼港是創科龍頭還是地產蛇頭?主席陳細明直面二十年前爭議"]),
    # insurance broker's daily news digest: page title `今日新聞 2025-05-20` (no article), greeting, then three
    # items each under `Source:` / `Published on:` lines; the third is cut after its first paragraph.
    # Three articles. Published = the digest's date printed in its title.
    "2111_navigator-insurance_jinri-xinwen": ("2025-05-20", False, [
        "世界海關組織亞太區首腦會議在港舉行 陳子達籲促進區域合作",
        "香港海關與國家海關總署高層會晤 就鞏固兩地海關合作交換意見",
        "虎豹別墅導賞活動新增虛擬實境展覽 探索「十王殿」浮雕細節"]),
    # district CPPCC site: channel name twice (政协要闻, crumb), headline, 发稿时间 line.
    "2112_shqp-gov_zhengxie-changwei": ("2025-07-03", False, [
        "区政协召开六届十九次常委(扩大)会议"]),
    # development-zone government disclosure page (copied): headline, metadata lines (发布时间 / 发布机构 /
    # 字体 / 索引号), headline again above the body -> one article.
    "2113_chunhuiweb_danggongwei-kuoda": ("2022-01-12", False, [
        "我区召开党工委扩大会议"]),
    # district site copy: headline, 日期 line with 字号/视力保护色 widgets, blank image paragraphs kept.
    "2114_jxwantfull_quwei-wuxuhui": ("2017-12-16", False, [
        "我区召开区委工作务虚会"]),
    # Traditional copy of a 盐城 zone item: headline line, body, attendee line. 12月26日, no year -> null.
    "2115_kono168_danggongwei-kuoda": (None, None, [
        "馬俊健主持召開區黨工委擴大會議"]),
    # copy of 东南网: headline with a space between its parts (kept), glued date/source/editor line,
    # 分享到 and `|` widget lines, body as one line; 相关阅读 / 打印 row after.
    "2116_hyyz888_qingliu-rongmeiti": ("2020-03-27", False, [
        "清流:做好“融”字文章 扎实推进融媒体中心建设"]),
    # city bureau site: headline, caption line (奠基仪式现场照。) before the body, 来源/编审/签发 lines,
    # login widget. 3月18日, no year -> null.
    "2117_changde-gov_yuntaishan-chanyeyuan": (None, None, [
        "汉寿县云台山文化生态产业园开工奠基"]),
    # Taiwan local news site (墨新聞): menu bullets twice, a 最新新聞 list of five other headlines (links,
    # no articles), banner file names, crumb ending in the headline, section name 產經, then the headline;
    # author/Last updated/Share/Min Read lines, headline repeated as image alt text, captions. One article.
    "2118_more-news_gongyequ-xiejinhui": ("2025-07-24", False, [
        "台中市工業區廠商協進會第12屆理監事會議 經發局長:感謝為台中拚經濟"]),
    # Taiwan zone company site (桃園航空城公司): channel 最新消息, headline, 發佈日期 line.
    "2119_taoyuan-aerotropolis_chanye-luntan": ("2022-08-26", False, [
        "2022桃園航空城產業論壇暨優先產專區標售簽約儀式"]),
    # spam-titled Traditional mirror of a 镇江 news site (pinyin readings glued in, kept): channel bar,
    # headline, date line.
    "2120_lwhrlhmm_molen-shenchu": ("2025-11-24", False, [
        "墨痕深處的城市心跳"]),
    # 雄安 government site carrying a 廊坊传媒网 feature: 来源/阅读正文 lines; the headline is one printed line
    # `main——subtitle`, kept whole as printed. Section heads 三十而“立” / 三十而“丽” are no articles.
    "2121_xiongan-gov_langfang-kfq": ("2022-06-06", False, [
        "砥砺前行绘宏图 展翅腾飞谱新篇——廊坊经济技术开发区建区三十周年"]),
    # Traditional copy (pinyin glued in) of a 广州开发区 memoir: headline first, column tag 【建設者說】 BELOW
    # it (no part of it), author line. No date; 1984 zone about to turn 40 (不惑之年) -> 2023 inferred.
    "2122_hamasdt_guangzhou-kfq": ("2023", True, [
        "高揚開放風帆 書寫新的故事"]),
    # county media-centre e-paper (mobile): the body comes FIRST and the headline block after it: kicker
    # `科学规划 合理布局 拓展提升` (a slogan line, left out) over the main line `王琳玉对开发区拓区工作提出要求`;
    # then 作者/时间/次数 line and a doubled copyright footer. Date from 时间:2015-11-18.
    "2123_cuduwang_kfq-tuoqu": ("2015-11-18", False, [
        "王琳玉对开发区拓区工作提出要求"]),
    # Traditional copy of 台湾网 (pinyin glued in): headline with (圖) marker kept as printed; caption line
    # before the body. 9月7日, no year -> null.
    "2124_matricorp_taishang-huludao": (None, None, [
        "臺商到遼寧葫蘆島參觀考察(圖)"]),
    # casino-titled copy of a 昆明 government page: 图片, 无障碍浏览 row, channel 投资动态, headline,
    # 来源/date/字号 line. Cut before the last paragraph, which breaks off.
    "2125_meihao618_hudian-lingang": ("2022-12-13", False, [
        "上海12家企业签约入驻沪滇临港昆明科技城"]),
    # construction group site in Traditional (pinyin glued in): 新聞中心 | News Center, crumbs to 集團新聞,
    # headline; body is one long line, cut after 培土奠基。 (the rest of that line breaks off). 3月12日 -> null.
    "2126_lmki_changda-shuxiangmendi": (None, None, [
        "昌大建設(shè)集團投資昌樂“書香門第”項目舉行奠基儀式"]),
    # group company site: menu line, headline made of two quoted names, 发布时间 line.
    "2127_csjtz_shiji-changjiangyuan": ("2004-09-29", False, [
        "“世纪长江苑”、“世纪长详都市型工业园区”顺利开工"]),
    # listed construction group site: channel 集团要闻, headline, 日期/点击量 line; site map after the body.
    "2128_scg_chongming-hezuo": ("2017-05-12", False, [
        "集团与崇明区签订战略合作协议"]),
    # hijacked-domain copy of a 中海集團 page in Traditional: the <title> line (headline | site name + casino
    # name) first, login/menu lines, channel 集團要聞 / 文章詳情, headline, 時間/來源 line. One article.
    "2129_minhacasaminhacara_zhonghai-suzhou": ("2023-10-28", False, [
        "鄭學選與蘇州市領導會談,並調研中海中心項目"]),
    # city paper e-paper (华商报 system): 刊号/社长 line, crumb 电子报 > 西安 > 正文, headline with a space kept.
    # The page prints no date of its own; event 2019年7月28日 -> 2019-07 inferred.
    "2130_hspress_aoyuan-dasha": ("2019-07", True, [
        "奋进新时代 筑梦新奥园"]),
    # association site carrying 滨海发布: headline, date + 浏览数 line, 资料图 caption, 来源 line.
    "2131_tjsbhxqjzyxh_zhongxing-chanyeyuan": ("2026-01-09", False, [
        "总投资8亿元!这个产业园落地滨城"]),
    # 泛珠 portal copy of 南方网: headline, body, reporters, editor line. 12月2日, no year -> null.
    "2132_pprd_meizhou-zongbaoqu": (None, None, [
        "广东首个内陆型综保区正式投运"]),
    # Macau portal (澳門日報 copy): media list, category list and a 新聞 list of 20 other headlines (links, no
    # articles); the headline, date line, then the paper's own heading stack: kicker 橫琴新區管委會昨到訪本報,
    # deck 管委會一行訪本報冀加強溝通合作 and the main line again -> one article titled by the main line.
    "2133_cyberctm_hengqin-minsheng": ("2015-02-27", False, [
        "橫琴民生事務與澳銜接"]),
    # 澳门月刊 site: crumbs with 繁體版 switch, headline (comma and space kept), empty 时间 field.
    # 刚刚过去的8月18日 (stored 818日) + 去年 = the 20th anniversary of 1999 -> 2020 inferred.
    "2134_mna_aozhu-hezuo": ("2020", True, [
        "奋翼鼓翅,乘风破浪 迈向澳珠合作新高度"]),
    # city site: main headline over a deck line (总投资56.5亿元,今年计划完成投资44.5亿元), the deck left out.
    # 21日, no month/year -> null.
    "2135_yzfzcjh_zhongdian-xiangmu": (None, None, [
        "全市18个重点产业项目集中开工"]),
    # research-institute site: channel name twice with crumb, headline, 发布人 / 发布时间 lines, footer.
    "2136_jsiei_baoying-xinnengyuan": ("2023-04-03", False, [
        "两大新能源项目签约落户宝应"]),
    # industry site copying a county government item: crumbs, headline, source + 发布时间 line, comment widget.
    "2137_nextvapk_zhongqing-dongzhi": ("2023-03-01", False, [
        "总投资超百亿!中清新能源高效太阳能电池及组件项目签约安徽东至"]),
    # SEO-spun Traditional copy with pinyin readings: the headline's first characters are stored garbled
    # (`龍?jiān)措娏灱s…` for 龍源電力簽約); the title is kept exactly as stored. 6日 only -> null.
    "2138_dunminwenhua_longyuan-xinnengyuan": (None, None, [
        "龍?jiān)措娏灱s新能源開(kāi)發(fā)項(xiàng)目"]),
}
JOINED = {}
