using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads10 (issue #13): headlines lost to a deck of amounts under them, a site's menus before them, a question
/// the page prints over and under its text, a page saved as one line, a bullseye byline, a date glued to a filing's
/// headline, a repost's note, a stamp with its time in 時/分, and a deck opening with a list of names. Each rule has a page
/// it mends and a page it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineDecksAndMenusTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_deck_of_amounts_under_the_headline_is_its_subtitle()
    {
        var article = Assert.Single(Read("""
            全市12个重点产业项目集中开工
            总投资36.2亿元,年内计划完成投资20.5亿元
            春风送暖,项目建设正当时。18日上午,全市12个重点产业项目集中开工,总投资36.2亿元。
            在高新区,一批新材料项目同日开工,项目建成后预计年产值15亿元。
            """).Articles);
        Assert.Equal("全市12个重点产业项目集中开工", article.Title);
        Assert.Equal("总投资36.2亿元,年内计划完成投资20.5亿元", article.Subtitle);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void A_lone_amount_under_the_headline_stays_its_second_half()
    {
        var article = Assert.Single(Read("""
            全区第二批重点项目集中开工
            总投资101.76亿元
            29日上午,全区第二批重点项目集中开工,共有项目21个。
            其中产业项目15个,基础设施项目6个。
            """).Articles);
        Assert.Equal("全区第二批重点项目集中开工总投资101.76亿元", article.Title);
    }

    [Fact]
    public void A_sites_menus_before_the_headline_are_its_header_not_an_article()
    {
        var layout = Read("""
            媒體
            • 澳門日報
            • 華僑報
            • 現代澳門日報
            分類
            • 澳聞
            • 經濟
            • 急救知識講座報名
            • 業界促澳內地中亞旅遊合作
            橫琴民生事務與澳門銜接
            2015-02-27 來源:本報
            【本報消息】橫琴新區管委會主任一行四人昨訪本報,交流橫琴與澳門未來的發展路向。
            雙方認為橫琴未來的發展思路與本澳居民有着密切關係,期望日後加強合作。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("橫琴民生事務與澳門銜接", article.Title);
        Assert.Contains("• 華僑報", article.PageHeader!);
        Assert.DoesNotContain("華僑報", article.Body);
    }

    [Fact]
    public void Lines_that_say_something_before_the_headline_are_no_menu()
    {
        var layout = Read("""
            • 園區上半年新增企業120家,同比增長15%。
            • 新簽約項目總投資達56億元。
            橫琴民生事務與澳門銜接
            2015-02-27 來源:本報
            【本報消息】橫琴新區管委會主任一行四人昨訪本報,交流橫琴與澳門未來的發展路向。
            """);
        Assert.Contains(layout.Articles, a => a.Body.Contains("新簽約項目總投資達56億元", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_the_page_prints_over_and_under_its_text_is_the_headline()
    {
        var article = Assert.Single(Read("""
            top of page
            < Back
            香港創科發展何去何從?
            國家主席在回歸週年的一系列活動中,其中一站選擇科學園,戰略意義可見一斑。
            過去幾年,特區政府在創科的投入增長顯著,高達1,500億元。
            香港創科發展何去何從?
            bottom of page
            """).Articles);
        Assert.Equal("香港創科發展何去何從?", article.Title);
    }

    [Fact]
    public void A_question_printed_once_before_the_text_stays_text()
    {
        var article = Assert.Single(Read("""
            香港創科發展何去何從?
            國家主席在回歸週年的一系列活動中,其中一站選擇科學園,戰略意義可見一斑。
            過去幾年,特區政府在創科的投入增長顯著,高達1,500億元。
            """).Articles);
        Assert.Equal("", article.Title);
    }

    [Fact]
    public void A_page_saved_as_one_line_keeps_its_headline_apart_from_its_stamp_and_text()
    {
        var layout = Read("""
            黃某:「港深創新及科技園」是本地創科界的新年大禮 發表於 2017-01-09 08:00 分享 讚好 0 香港資訊科技聯會前會長黃某在報章撰文指,港深兩地政府簽署合作備忘錄,在區內成立面積比香港科學園大四倍的「港深創新及科技園」。他續指,局方不出14個月便把計畫敲定。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("黃某:「港深創新及科技園」是本地創科界的新年大禮", article.Title);
        Assert.StartsWith("香港資訊科技聯會前會長", article.Body, StringComparison.Ordinal);
        Assert.Equal("2017-01-09", layout.Published);
        Assert.Contains(article.PageHeader!, h => h.Contains("發表於 2017-01-09", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_of_text_with_a_date_inside_is_no_flattened_page()
    {
        var article = Assert.Single(Read("""
            記者從市統計局獲悉 2024年3月5日 全市規模以上工業增加值同比增長8.2%,其中高新區增長12.5%,增速居全市首位。園區新簽約項目23個。
            """).Articles);
        Assert.Equal("", article.Title);
        Assert.Contains("2024年3月5日", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byline_with_a_bullseye_for_its_slash_is_the_byline_not_the_headline()
    {
        var article = Assert.Single(Read("""
            中市招商大會登場 預估帶動750億元投資
            記者黃登洲◎臺中報導
            台中市政府經濟發展局今(16)日舉辦投資台中招商大會,釋出16處開發用地,預估帶動750億元投資額。
            據統計,截至11月底已有33家台商回流台中。
            """).Articles);
        Assert.Equal("中市招商大會登場 預估帶動750億元投資", article.Title);
        Assert.Contains(article.Authors, a => a.Name == "黃登洲");
    }

    [Fact]
    public void A_date_glued_to_a_filings_headline_is_the_pages()
    {
        var layout = Read("""
            公司公告
            同益股份:关于与东台经济开发区管委会签订项目投资协议书的公告2021-09-15
            证券代码:300538 证券简称:同益股份 公告编号:2021-072
            本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。
            公司与东台经济开发区管委会签订项目投资协议书,项目预计投资总额8亿元。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("同益股份:关于与东台经济开发区管委会签订项目投资协议书的公告", article.Title);
        Assert.Equal("2021-09-15", layout.Published);
    }

    [Fact]
    public void A_year_range_ending_a_headline_is_no_glued_date()
    {
        var article = Assert.Single(Read("""
            某高新区发展规划2021-2025
            规划提出,到2025年园区营业收入突破5000亿元,高新技术企业达到1200家。
            园区将重点发展新一代信息技术和生物医药产业。
            """).Articles);
        Assert.Equal("某高新区发展规划2021-2025", article.Title);
    }

    [Fact]
    public void A_reposts_note_under_the_headline_is_the_pages_source()
    {
        var article = Assert.Single(Read("""
            全球586獨角獸值15萬億 近八成來自中美
            原文刊於信報財經新聞「StartupBeat創科鬥室」
            胡潤研究院昨天發布全球獨角獸榜,今年全球有586間獨角獸企業,比去年增加92間。
            中美兩國佔全球獨角獸總數近八成。
            """).Articles);
        Assert.Equal("全球586獨角獸值15萬億 近八成來自中美", article.Title);
        Assert.DoesNotContain("原文刊於", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stamp_with_its_time_in_hours_and_minutes_is_the_source_line()
    {
        var layout = Read("""
            【非凡十年】冉冉“新星”产业兴
            2022年08月11日 10時31分   中经网
            从兵团第十三师原师部所在地出发,向东行驶20多公里,一座新城跃然眼前。
            去年,第十三师实现生产总值156.04亿元,同比增长8.0%。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("冉冉“新星”产业兴", article.Title);
        Assert.Equal("2022-08-11", layout.Published);
    }

    [Fact]
    public void A_word_the_column_cut_is_joined_however_long_the_rest_runs()
    {
        var article = Assert.Single(Read("""
            零碳科技产业园开园
            本报讯 9月1日，零碳科技产业园正式开园，首批12个项目签约入园。
            园区管委会相关负责部门领导介
            绍，根据园区发展规划要求，“十四五”期间，产业园将瞄准五大定位，实施五大工程，持续推动绿色技术供给，构建绿色产业体系，打造零碳产业集聚区。
            """).Articles);
        Assert.Contains("领导介绍，根据园区发展规划要求", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deck_opening_with_a_list_of_names_leaves_the_headline_over_it()
    {
        var article = Assert.Single(Read("""
            20230808文/王某某
            雲林小東工業區招商 反應熱烈
            中油、上銀、春源、巧新、新普等均參與說明會;開放最後5個編號基地,9/4前歡迎廠商投標
            雲林縣政府8月7日上午辦理招商說明會,廣邀各界產業有興趣參與投資設廠之廠商參加。
            本次共開放最後5個編號基地供廠商投標。
            """).Articles);
        Assert.Equal("雲林小東工業區招商 反應熱烈", article.Title);
    }
}
