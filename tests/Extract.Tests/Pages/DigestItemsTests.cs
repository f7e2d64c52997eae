using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>A digest prints a row of one-paragraph reports, each under its own headline and unsigned; a report with
/// sub-headings signs itself or runs on for several paragraphs, and stays one article.</summary>
public class DigestItemsTests
{
    private static List<ArticleRecord> Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "d.txt", Kind = DocumentKind.PageText, Text = text }).Articles;

    [Fact]
    public void Each_one_paragraph_item_of_a_digest_is_an_article()
    {
        var articles = Read("""
            园区要闻速览
            2024年第12期

            【一周动态】

            昆山开发区光电产业链新增项目8个
            3月18日，昆山开发区集中签约光电产业项目8个，总投资66亿元，涵盖显示面板、光学镜头等环节。

            芜湖经开区机器人产业营收同比增长17%
            芜湖经开区3月19日发布数据，今年前两个月区内机器人企业实现营业收入38亿元，同比增长17%。

            宜昌高新区新认定市级研发中心21家
            近日，宜昌高新区新认定市级企业研发中心21家，全区市级以上研发机构总数达到186家。
            """);
        Assert.Equal(new[] { "昆山开发区光电产业链新增项目8个", "芜湖经开区机器人产业营收同比增长17%", "宜昌高新区新认定市级研发中心21家" },
            articles.Select(a => a.Title));
    }

    [Fact]
    public void A_signed_report_keeps_its_one_paragraph_sections()
    {
        var articles = Read("""
            襄阳高新区：新能源汽车产业链加速成型
            本报记者 王晓东
            今年以来，襄阳高新区围绕新能源汽车产业链招大引强，一季度新签约项目23个。
            整车企业带动零部件企业集聚发展
            区内整车企业今年计划产销新能源汽车15万辆，带动本地配套率提高到45%。
            电池材料项目陆续开工投产
            3月以来，区内先后有4个电池材料项目开工，总投资超过120亿元。
            """);
        var article = Assert.Single(articles);
        Assert.Equal("襄阳高新区：新能源汽车产业链加速成型", article.Title);
    }

    [Fact]
    public void A_report_whose_sections_run_on_stays_one_article()
    {
        var articles = Read("""
            绵阳科技城新区加快建设科技创新先行区
            今年以来，绵阳科技城新区围绕科技创新先行区建设目标，推出了一批改革举措。
            新区聚焦国防科技成果转化，设立了专门的转化基金。
            成果转化提速见效
            去年以来，新区累计转化科技成果186项，带动产值增长12%。
            新区还与高校共建了3个中试平台。
            人才政策持续加码
            新区出台人才新政10条，最高给予1000万元项目资助。
            """);
        Assert.Single(articles);
    }
}
