# Hand-written titles-only gold for heldout18.
# page name -> (published, published_inferred, [titles in reading order])
# Each entry's comment says where the headline stands on the page and what was left out of it.

GOLD = {
    # headline is the page's first line (pinyin readings glued into Traditional words, kept as printed); no date
    # printed: `3月17日`, year and day from the URL path 2017/0321 (inferred).
    "1801_huizhicikeji_gutian-shanshan": ("2017-03-21", True, [
        "我縣舉行與東僑開發(fā)區(qū)關于共同引進上海杉杉科技有限公司項目有關事項的合作協(xié)議簽約儀式",
    ]),
    # crumb line `首页 会议活动 <title>` then the headline; `来源:管理员 时间:2024-02-28 阅读:418`.
    "1802_kfdxm_chanchengronghe-qianyue": ("2024-02-28", False, [
        "开封市产城融合示范区重点项目集中签约仪式举行",
    ]),
    # headline glued to `文章来源:澎湃新闻 | 发布日期:2022-08-29` on the line after the crumbs; footer kept.
    "1803_giec-cas_sanxia-10gw": ("2022-08-29", False, [
        "三峡集团10GW光伏电池生产基地项目正式开工",
    ]),
    # crumbs, headline, `中國電力網發布時間:2023-09-11 10:03:24`; comment form and `相關閱讀` kept.
    "1804_charlesfam_daming-guangfu": ("2023-09-11", False, [
        "總投資近80億!10GW大尺寸光伏組件項(xiàng)目動(dòng)工",
    ]),
    # series tag `【外媒看龍灣】` before the headline is not part of it; the space inside the headline is kept.
    # No printed date: `3月1日上午` with `今天開工`, year from `2022年實現產值`, URL 2023/03/02 -> month only.
    "1805_theredtrousers_longwan-xinnengyuan": ("2023-03", True, [
        "溫州新能源產業又有大動作 剛剛這三個重大項目集中開工簽約",
    ]),
    # the page opens with the body; the headline stands only after the URL in the `本文鏈接:` line at the end
    # (the site's own title line). `上一篇:` teaser is not an article. `11月17日` without a year: published null.
    "1806_tebozhan_jinyi-runma": (None, True, [
        "金華金義新區:潤馬光能一期TOPCon高效電池及組件項目正式投產",
    ]),
    # report-style article: headline, `发布时间: 2025-12-01`; numbered section heads are not titles.
    "1807_kczg_xiaojuren-fenxi": ("2025-12-01", False, [
        "第一至七批国家级专精特新“小巨人”企业数据分析报告",
    ]),
    # digital edition (香港法治報): masthead, date, issue, a line of the edition's headlines (links), section `两岸四地`
    # page `03`; only one article's text is printed: its headline (repeated after `題:`) is the one title.
    "1808_newspaperhk_pudong-30": ("2020-04-20", False, [
        "新區三十正青春,浦東更向潮頭立",
    ]),
    # gov.cn BIG5 gateway copy of a 新华社 feature: headline, date/source, `字號` toolbar, `題:` repeat; the bold
    # deck-like sentences inside the body are section heads, not titles.
    "1809_gov-big5_zhejiang-gongtongfuyu": ("2021-08-01", False, [
        "事關全局的探路示範——浙江高質量發展建設共同富裕示範區調研記",
    ]),
    # spam-host repost gluing two 中新网 items, each headline ending in `******`; the second headline is glued
    # to its body and prefixed by the column tag `新漫评:` (not part of the title). Date: `1月30日电`, year from
    # the second item's `2023年新年伊始` (inferred).
    "1810_careyatlanta_nansha-sandabankuai": ("2023-01-30", True, [
        "广州南沙三大板块建设各现特色",
        "枪支暴力阴影持续笼罩 美国2023年已有逾170人死亡",
    ]),
    # headline first, then the body; no date printed: `7月18日上午`, year and month from the URL path 201907.
    "1811_gqsoso_yancheng-jkq-27": ("2019-07", True, [
        "盐城经开区集中开工27个项目",
    ]),
    # government open-information page: `无障碍辅助浏览工具条` toolbar line, headline, `日期:… 来源:` line.
    "1812_sjtq-gov_kaifugong-choubei": ("2022-09-18", False, [
        "做好重点项目集中开复工仪式筹备工作",
    ]),
    # provincial portal channel page: one-line headline with an inner space (kept); editor lines and
    # `相关新闻`/`推荐阅读` widgets after the article.
    "1813_dzwww-dongying_dongyinggang-31": ("2018-03-22", False, [
        "东营港经济开发区31个重点项目集中开工 推动新旧动能转换",
    ]),
    # association site: menu bullets, follow/QQ widgets, crumbs, indented headline, `来源… 发布时间… 点击量… 字体: 分享:`.
    "1814_cadz_chongqing-kfq-16": ("2021-09-29", False, [
        "重庆开发区十六个重大项目集中开工",
    ]),
    # `logo` line, indented one-line headline with an inner space (kept), `【連網】` source tag opens the body; a stray
    # `05` (image number) inside. No printed date: URL path 2024/1011 (inferred).
    "1815_wumasheying_donghai-pingming": ("2024-10-11", True, [
        "優化園區環境養出發展“活魚” 連云港東海打造硅材料產業“強鎮”",
    ]),
    # copy of a group's press page with its name replaced by a spam site name `凯发平台网 ` everywhere; the headline
    # is kept as printed, spam name and space included. `发布时间2023-12-30` printed (the event is `4月11日`).
    "1816_own215_youyan-zhanlue": ("2023-12-30", False, [
        "凯发平台网 和有研集团签署战略合作协议",
    ]),
    # company site: crumbs `首页 -> 新闻资讯 -> 集团动态 -> 正文`, headline, `更新时间… 浏览次数: 分享到:` toolbar; mail footer kept.
    "1817_baoguang_xidian-ganyan": ("2021-01-07", False, [
        "中国西电集团与中国钢研签订战略合作协议",
    ]),
    # aggregator: crumbs, headline, channel + view counter, headline repeated, then three photos each with an
    # alt text `<headline> 第N張` and a caption; in-text section heads (`創新創業`, `黃埔湧動創新大潮`) are no titles.
    # `8月31日—9月1日` without a year: published null.
    "1818_dfnxz_baiming-shezhang": (None, True, [
        "百名社長總編近距離觸摸廣東發展",
    ]),
    # headline with its `——…側記` part on one line (kept whole, as 1809's `——` headline), repeated in a table row;
    # pinyin readings glued in, kept. `7月23日至25日` without a year: published null.
    "1819_mlfkm_xuzhou-huanshengxing": (None, True, [
        "講好“強(qiáng)富美高”新徐州故事 ——“1+13省市黨報(bào)全媒體環(huán)省行”徐州站側(cè)記",
    ]),
    # investment portal: channel `招商动态 NEWS`, headline, `时间:…来源:未知 作者:… 点击:`; `上一篇:`/`下一篇:` teasers
    # after the article are no articles.
    "1820_acechina_zhuhai-gxq-jijiehao": ("2022-10-08", False, [
        "再次吹响“集结号”!推动全年招商引资迈上新台阶!",
    ]),
    # county paper site: `点击数:1090 更新时间:2024-04-29` above the headline.
    "1821_xjyszb_zhaoshang-tongbao": ("2024-04-29", False, [
        "全区招商引资信息通报工作会议召开",
    ]),
    # industry portal: site slogan, widget bullets, headline, date + source glued to a counter, `核心提示:` digest
    # (not the title), numbered section heads (no titles).
    "1822_ne21_qingneng-zenme-fazhan": ("2024-02-18", False, [
        "终极能源?氢能产业咋发展?",
    ]),
    # city portal: 22-item channel menu, crumbs `主页 > 转新系统 >`, headline, date/source, author bullets, `题:` repeat.
    "1823_jn001_shenyang-chuhai": ("2025-01-05", False, [
        "“出海”拓市场,满产赶订单——开年沈阳产业一线见闻",
    ]),
    # city portal copy of 济南日报: one-line two-part headline with an inner space (kept), date/source, author and
    # editor lines before the body.
    "1824_e23_jiyang-liangan": ("2024-07-11", False, [
        "讲好海峡两岸产业合作区建设精彩故事 济南市“一月一主题”集中采访走进济阳",
    ]),
    # series tag `走进企业看信心丨` before the headline is not part of it; `(相关资料图)` placeholder caption;
    # `关键词:` and `为你推荐` widgets after.
    "1825_cjcn_hainan-dongfang": ("2023-02-23", False, [
        "“工期紧、订单多、生产忙”——海南自贸港重点园区生产建设一线见闻",
    ]),
    # aggregator copy of a 人民日报 brief: the site's headline (about a different 人民日报 item of the same page) stands
    # above the body; it is the page's headline as printed. `動態2023-05-24` channel + date; site footer kept.
    "1826_hsujglq_changzhou-qingwan": ("2023-05-24", False, [
        "我國搶占氫能標準國際話語權",
    ]),
    # Taiwan news agency site: masthead date line `2024年 04月 26日 星期五` (the day the page was served, not the
    # story's date), agency name lines, one-line headline with an inner space (kept), `記者:… 更新日期:2020-10-14`.
    "1827_myaena_erlin-zhaoshang": ("2020-10-14", False, [
        "加速中科二林園區廠商進駐 政院中辦協助擴大辦理招商說明會",
    ]),
    # association site: one-line headline with an inner space (kept), `发布时间:2024-08-02阅读:307`.
    "1828_wucea_kuajing-dianshang": ("2024-08-02", False, [
        "半年“跨”出1.22万亿元 跨境电商跑出“加速度”",
    ]),
    # association mobile page copying 南方日报: headline, body, `来源:南方日报`. No printed date: `5日`, `今年3月`
    # with `《2020年珠海市人民政府工作报告》` -> 2020 (inferred, year only).
    "1829_ciipa_zhuhai-lvse-xincailiao": ("2020", True, [
        "中国绿色新材料(珠海)产业园揭牌",
    ]),
    # city bureau site: headline, `发布日期:2015-06-09作者:…信息来源:` glued line (URL path says 2018: the printed
    # date is taken).
    "1830_zhuzhou-kjj_yanling-xincailiao": ("2015-06-09", False, [
        "炎陵县:新材料产业驶入“两型快车道”",
    ]),
    # digital library copy of a provincial paper: series tag `【新时代 新征程 新伟业】` before the headline (not part of
    # it), `日期:12-02` without a year (year from `2025年以来`, inferred), photo caption, section heads (no titles).
    "1831_360elib_shanxi-kfq-yingshang": ("2025-12-02", True, [
        "服务企业提质效 创新赋能激活力",
    ]),
    # county paper e-paper, page 3 continuation `(上接第1版)`: two-line headline, main line + `——…见闻` line, joined
    # without a space; `刊发日期…` line; `探索新模式  助推园区发展` is an in-text section head.
    "1832_laixinews_kfq-jianwen": ("2020-12-11", False, [
        "冬天里的“热火激情”——经济开发区改革发展见闻",
    ]),
    # tender-portal copy: headline, `查看隐藏内容(*)需先登录` paywall line, masked date `*月**日`: published null.
    "1833_caigoupt_shangdang-jkq": (None, True, [
        "山西太原市政府调研组在上党经开区调研经济运行情况",
    ]),
    # evening paper e-paper item: headline first line, reporter line at the end; no printed date, URL path
    # 2016-11/03 (inferred).
    "1834_thehour-qjwb_jingfaju-zoufang": ("2016-11-03", True, [
        "经发局开展百日攻坚大走访",
    ]),
    # city portal: headline, `2022-01-15 19:13来源:大连天健网` glued line, editor line at the end.
    "1835_runsky_lvshunkou-q1": ("2022-01-15", False, [
        "旅顺口区举行一季度项目签约和开工誓师大会",
    ]),
    # content farm: one-line headline with an inner space (kept), `时间:2025-06-20 22:35` and `小编:` lines.
    "1836_xspxz_jingxi-ai-keji": ("2025-06-20", False, [
        "中关村(京西)人工智能科技园即将开园 助力AI产业发展",
    ]),
    # regional portal: headline, then a bullet list of furniture (`发布时间:…`, `来源:中广网`, `中广网移动端`, `分享到`,
    # `回到顶部`).
    "1837_crol_shengji-kfq-baiqiang": ("2022-12-28", False, [
        "中国省级开发区高质量发展百强榜单发布,潍坊2地入选",
    ]),
    # spam-host repost of a 中新网 item (as 1810): headline ending in `******` (not part of it); the next item's
    # headline and broken first line after `(完)` were cut away with the incomplete tail. Date: `1月17日电` with
    # `截至2022年12月31日` -> 2023-01-17 (inferred).
    "1838_paopaozx_pudong-shangshi": ("2023-01-17", True, [
        "上海浦东:2022年新增上市企业占全市43% 科创板占半壁江山",
    ]),
}

# (page, title) -> why the title does not stand verbatim (after removing whitespace) on its page
NOT_VERBATIM = {
    # (none: 1832's two-line headline stands on two lines, so it is found once whitespace is removed)
}
