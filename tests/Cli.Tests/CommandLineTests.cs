using Pipeline.Cli;

namespace Pipeline.Cli.Tests;

public class CommandLineTests
{
    private static readonly OptionSpec[] Specs =
    {
        new("out", "output"),
        new("zone", "zone", Repeatable: true),
        new("json", "json", TakesValue: false),
    };

    [Fact]
    public void ParsesPositionalsValuesFlagsAndRepeats()
    {
        var a = CommandLine.Parse(new[] { "a.txt", "--out", "x.jsonl", "--zone", "广州高新区,无锡高新区", "--zone=苏州工业园区", "--json", "b" }, Specs);
        Assert.Equal(new[] { "a.txt", "b" }, a.Positionals);
        Assert.Equal("x.jsonl", a.Get("out"));
        Assert.Equal(new[] { "广州高新区", "无锡高新区", "苏州工业园区" }, a.GetList("zone"));
        Assert.True(a.Has("json"));
    }

    [Theory]
    [InlineData("--nope")]
    [InlineData("--out")]
    public void RejectsUnknownOrIncompleteOptions(string arg)
    {
        Assert.Throws<UsageException>(() => CommandLine.Parse(new[] { arg }, Specs));
    }

    [Fact]
    public void RejectsNonRepeatableGivenTwice()
    {
        Assert.Throws<UsageException>(() => CommandLine.Parse(new[] { "--out", "a", "--out", "b" }, Specs));
    }

    [Fact]
    public async Task UnknownCommandExitsNonZeroWithOneLine()
    {
        var err = new StringWriter();
        var code = await CommandHost.RunAsync(new[] { "frobnicate" }, new StringWriter(), err);
        Assert.Equal(2, code);
        Assert.Single(err.ToString().Trim().Split('\n'));
    }

    [Fact]
    public async Task EveryCommandHasHelpWithAnExample()
    {
        Assert.NotEmpty(CommandHost.Commands);
        foreach (var c in CommandHost.Commands)
        {
            var output = new StringWriter();
            Assert.Equal(0, await CommandHost.RunAsync(c.Name.Split(' ').Append("--help").ToArray(), output, new StringWriter()));
            Assert.Contains("examples:", output.ToString());
            Assert.Contains("pipeline " + c.Name, output.ToString());
        }
    }
}
