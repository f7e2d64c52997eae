using Pipeline.Extract.Model;
using Pipeline.Extract.Output;

namespace Pipeline.Extract.Tests.Output;

/// <summary>The record writer, property by property, gives the bytes Newtonsoft's serializer gives for the model: every
/// value that can be null both ways, numbers as the serializer prints them, and text that needs escaping.</summary>
public sealed class RecordJsonTests
{
    private static string Line(ArticleRecord record)
    {
        var writer = new StringWriter();
        RecordJson.WriteLine(writer, record);
        return writer.ToString();
    }

    private static ArticleRecord Full() => new()
    {
        Id = "a.txt#1",
        Source = "a.txt",
        Url = "http://127.0.0.1/a?x=1&y=\"2\"",
        Title = "标题\t“引号”\\反斜杠\u2028行",
        Kicker = "第7版 科技",
        Subtitle = "副题",
        Series = "系列",
        Section = "栏目",
        Authors = { new Author { Name = "周明远", Role = "本报记者" } },
        Published = "2024-06-12",
        PublishedInferred = true,
        Page = "经济日报",
        PageNumber = 7,
        Fragment = true,
        Body = "正文\n第二段\u0001控制符</script>",
        Captions = { "图一", "" },
        PullQuotes = { "1200余家" },
        PageHeader = new List<string> { "经济日报", "2024年6月12日" },
        PrimaryZone = "苏州工业园区",
        Zones =
        {
            new ZoneEntity
            {
                Name = "苏州工业园区", Aliases = { "苏州园区" }, Kind = "industrial_park", Level = "national", Province = "江苏省",
                City = "苏州市", InGazetteer = true, Coordinated = true,
                Mentions = { new Mention { Text = "苏州工业园区", Start = 2, End = 8 } },
            },
        },
        Enterprises = { new EnterpriseEntity { Name = "苏州纳维科技有限公司", Aliases = { "纳维科技" }, Kind = "registered" } },
        Figures =
        {
            new FigureEntity
            {
                Text = "1600亿元", Value = 160000000000m, ValueMax = 1.10m, Unit = "元", Kind = "money", Approx = true, Digit = true,
                Metric = "产值", Indicator = "output", Change = true, ChangeKind = "percent", Of = "产值", ShareOf = "全市", Target = true,
                Subject = new FigureSubject { Name = "苏州工业园区", Kind = SubjectKinds.Zone },
                Period = new FigurePeriod { Value = "2023", ValueEnd = "2024-05" },
                Zone = "苏州工业园区", Enterprise = "某公司", Sentence = "一句。", Field = ArticleFields.Caption(1), Start = 3, End = 9,
            },
            new FigureEntity { Text = "12.6%", Value = 12.6m, Unit = "%", Kind = "percent" },
            new FigureEntity { Text = "0.50", Value = 0.50m },
        },
        Dates =
        {
            new DateEntity { Text = "2023年", Value = "2023", ValueEnd = "2024", Granularity = "year", YearInferred = true, Relative = true, Field = "title" },
            new DateEntity { Text = "6月5日", Value = "2024-06-05", Start = 10, End = 14 },
        },
    };

    [Fact]
    public void A_record_with_every_value_set_is_written_as_the_serializer_writes_it()
    {
        var record = Full();
        Assert.Equal(RecordJson.Serialize(record) + "\n", Line(record));
    }

    [Fact]
    public void Null_values_are_written_or_left_out_as_the_serializer_does()
    {
        var record = Full();
        record.Url = null;
        record.PageHeader = null;
        record.Kicker = record.Subtitle = record.Series = record.Section = record.Published = record.Page = record.PrimaryZone = null;
        record.PageNumber = null;
        record.Zones[0].Kind = record.Zones[0].Level = record.Zones[0].Province = record.Zones[0].City = null;
        var figure = record.Figures[0];
        figure.ValueMax = null;
        figure.Metric = figure.Indicator = figure.ChangeKind = figure.Of = figure.ShareOf = figure.Zone = figure.Enterprise = figure.Sentence = null;
        figure.Subject = null;
        figure.Period = null;
        record.Dates[0].ValueEnd = null;
        var line = Line(record);
        Assert.Equal(RecordJson.Serialize(record) + "\n", line);
        Assert.DoesNotContain("\"url\"", line);
        Assert.DoesNotContain("\"page_header\"", line);
    }

    /// <summary>Records read back from hand-written JSON may hold null lists and null items.</summary>
    [Fact]
    public void Null_lists_and_null_items_are_written_as_null()
    {
        var record = Full();
        record.Authors = null!;
        record.Captions = null!;
        record.Zones[0].Aliases = null!;
        record.Zones[0].Mentions = null!;
        record.Enterprises.Add(null!);
        record.PullQuotes.Add(null!);
        record.Figures = null!;
        Assert.Equal(RecordJson.Serialize(record) + "\n", Line(record));
    }
}
