using Pipeline.Extract.Enterprises;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>Where a company mention starts and what is no company (Resources/enterprise-name-edges.txt): its example
/// sentences, written for these rules, run through the whole stage.</summary>
public class EnterpriseNameEdgeTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (input, expected) in EnterpriseNameEdges.Examples) data.Add(input, expected);
        return data;
    }

    /// <summary>Expected: companies separated by '|', each its name, or 'name=alias' when the mention must carry that
    /// alias too; nothing for none.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_exactly_the_companies_of_each_example(string sentence, string expected)
    {
        var companies = Run(sentence, enterprises: true).Record.Enterprises;
        var want = expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split('=')).ToList();
        Assert.Equal(want.Select(w => w[0]).OrderBy(n => n, StringComparer.Ordinal), companies.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var w in want.Where(w => w.Length > 1))
            Assert.Contains(w[1], companies.Single(c => c.Name == w[0]).Aliases);
    }

    [Fact]
    public void The_rules_come_with_examples_of_each_kind()
    {
        Assert.True(EnterpriseNameEdges.Examples.Count >= 10);
        Assert.Contains(EnterpriseNameEdges.Examples, e => e.Expected.Length == 0);
        Assert.Contains(EnterpriseNameEdges.Examples, e => e.Expected.Contains('='));
    }

}
