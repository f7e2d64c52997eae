using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads18 (issue #13): headlines a fresh sample lost to what document farms and library mirrors print around
/// a document's title — its file name as the title line (【某某研究】作者.pdf), the title run on into the document's contents
/// (…咨询报告目录11920摘要 3…) under the farm's notice and tab label, a mirror's button row under a thesis title (详细信息
/// 本馆镜像全文| 推荐本文 | | 获取CNKI官网全文), and a post's reading time over the text. Each rule has a page it mends and a
/// line it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineDocumentFarmTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Theory]
    [InlineData("【某某高新区产业集聚发展研究】张某某.pdf", "某某高新区产业集聚发展研究")]
    [InlineData("某某开发区招商引资工作实施方案.docx", "某某开发区招商引资工作实施方案")]
    public void A_documents_file_name_gives_its_title(string line, string title)
    {
        var folded = TextNormalizer.Fold(line);
        var (before, after, _) = PageFurniture.HeadlineGlue(folded);
        Assert.Equal(title, line[before..(line.Length - after)]);
    }

    [Theory]
    [InlineData("某园区.pdf")]
    [InlineData("某某园区发布企业服务指南.pdf下载量破万")]
    public void A_short_name_or_a_headline_naming_a_file_keeps_its_line(string line) =>
        Assert.Equal((0, 0, false), PageFurniture.HeadlineGlue(TextNormalizer.Fold(line)));

    [Fact]
    public void A_thesis_file_name_over_its_abstract_is_read_as_the_title()
    {
        var layout = Read("""
            【某某高新区产业集聚发展研究】张某某.pdf

            某某大学博士学位论文 摘要 自上世纪八十年代以来,我国先后建立了一批国家级高新区,成为高新技术产业化的重要载体,各项主要经济指标均取得了快速增长。
            本文以某某高新区为例,分析其产业集聚的动因、路径与问题,并提出对策建议。
            """);
        Assert.Equal("某某高新区产业集聚发展研究", layout.Articles[0].Title);
    }

    [Fact]
    public void A_title_run_on_into_its_contents_is_the_documents_headline()
    {
        var layout = Read("""
            版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领
            文档简介
            2026年及未来5年中国某某产业园区行业发展监测及投资战略咨询报告目录11920摘要 320551一、行业发展现状与宏观环境分析 5151491.1中国某某产业园区发展现状与核心特征 5289421.2宏观经济与数字经济发展对园区建设的驱动作用 7306271.3政策法规体系演进及对行业发展的引导效应 10
            摘要中国某某产业园区在国家战略、数字经济高速增长与技术迭代加速的多重驱动下,已形成覆盖全国、
            """);
        Assert.Equal("2026年及未来5年中国某某产业园区行业发展监测及投资战略咨询报告", layout.Articles[0].Title);
    }

    [Fact]
    public void A_line_that_mentions_contents_keeps_its_words() =>
        Assert.Equal((0, 0, false), PageFurniture.HeadlineGlue(TextNormalizer.Fold("园区发布重点产业招商目录 首批列入项目32个")));

    [Fact]
    public void A_mirrors_button_row_under_a_thesis_title_is_no_headline()
    {
        var layout = Read("""
            用户名: 密码: 验证码:
            某某经开区与高新区发展的比较研究
            详细信息    本馆镜像全文|  推荐本文 |  |   获取CNKI官网全文
            摘要
            基于开发区生命周期理论对经开区和高新区的产业发展、空间溢出效应、经济增长效率等方面的研究能够揭示国家级开发区的发展规律,并找到最优发展模式。
            本文通过对国家级开发区二十几年发展历程的回顾,研究经开区和高新区的发展特点,最后提出差异化的产业政策。
            """);
        Assert.Equal("某某经开区与高新区发展的比较研究", layout.Articles[0].Title);
    }
}
