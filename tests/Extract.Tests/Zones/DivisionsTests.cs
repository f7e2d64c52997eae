using Pipeline.Extract.Resources;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>The divisions table read row by row: towns by their full name, other divisions by full and short name,
/// county short names unless a city or province has the same one.</summary>
public class DivisionsTests
{
    private const string Header = "code\tlevel\tname\tshort\n";

    [Fact]
    public void Reads_every_level()
    {
        var divisions = Divisions.Load(new StringReader(Header +
            "# a note\n" +
            "22\tprovince\t吉林省\t吉林\n" +
            "2202\tcity\t吉林市\t吉林\n" +
            "321204\tcounty\t姜堰区\t姜堰\n" +
            "220202\tcounty\t吉林县\t吉林\n" +
            "320509102\ttown\t黎里镇\t黎里\n"));
        Assert.Equal(5, divisions.Count);
        Assert.True(divisions.IsPlace("吉林省"));
        Assert.True(divisions.IsPlace("姜堰区"));
        Assert.True(divisions.IsPlace("姜堰"));
        Assert.True(divisions.IsCountyShortName("姜堰"));
        Assert.False(divisions.IsCountyShortName("吉林")); // a province and a city first
        Assert.True(divisions.IsTown("黎里镇"));
        Assert.False(divisions.IsPlace("黎里镇"));
        Assert.False(divisions.IsPlace("黎里")); // town short names are common words
        Assert.True(divisions.NamesCountyInFull("泰州市姜堰区", "姜堰"));
    }

    [Theory]
    [InlineData("code\tlevel\tname\n", "header must be code, level, name, short")]
    [InlineData(Header + "32\tprovince\t江苏省\t江苏\n3212\tcity\t泰州市\n", "line 3: 3 columns, expected 4")]
    [InlineData(Header + "32\tprovince\t江苏省\t江苏\tx\n", "line 2: 5 columns, expected 4")]
    [InlineData(Header, "holds no divisions")]
    public void Names_a_bad_table(string table, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Divisions.Load(new StringReader(table)));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Towns_are_indexed_when_first_asked_about_and_say_which_county_they_lie_in()
    {
        var divisions = Divisions.Load(new StringReader(Header +
            "32\tprovince\t江苏省\t江苏\n" +
            "3207\tcity\t连云港市\t连云港\n" +
            "320703\tcounty\t连云区\t连云\n" +
            "320703100\ttown\t徐圩街道\t徐圩\n" +
            "320509102\ttown\t黎里镇\t黎里\n"));
        Assert.Equal(5, divisions.Count);
        Assert.False(divisions.IsPlace("徐圩街道"));
        Assert.True(divisions.IsTownOfAPlaceNamedIn("连云港徐圩新区", "徐圩"));
        Assert.False(divisions.IsTownOfAPlaceNamedIn("徐圩新区", "徐圩")); // its county or city is not named
        Assert.False(divisions.IsTownOfAPlaceNamedIn("连云港黎里", "黎里")); // 黎里's county (320509) is not in this table
        Assert.True(divisions.IsTown("徐圩街道"));
        Assert.True(divisions.IsTown("黎里镇"));
    }

    [Fact]
    public void Reads_a_table_with_windows_line_ends_and_numbers_its_lines_the_same()
    {
        var divisions = Divisions.Load(new StringReader(Header.Replace("\n", "\r\n") + "# a note\r\n\r\n321204\tcounty\t姜堰区\t姜堰\r\n320509102\ttown\t黎里镇\t黎里"));
        Assert.True(divisions.IsPlace("姜堰"));
        Assert.True(divisions.IsTown("黎里镇"));
        Assert.Equal(2, divisions.Count);
        var error = Assert.Throws<InvalidDataException>(() => Divisions.Load(new StringReader(Header.Replace("\n", "\r\n") + "# a note\r\n\r\n3212\tcity\t泰州市\r\n")));
        Assert.Contains("line 4: 3 columns, expected 4", error.Message);
    }

    [Fact]
    public void Loads_the_shipped_table() => Assert.True(Divisions.Default.Count > 40_000);

    [Fact]
    public void Towns_looked_up_in_the_shipped_table_answer_as_the_index_of_its_town_rows_did()
    {
        // The index the towns were read into before they were looked up in the table: every town row's full name, and its
        // short name → its county's code (short names of two characters or more, unlike the full name, 6-digit codes).
        using var reader = ResourceFile.Open(Divisions.FileName);
        var towns = new HashSet<string>(StringComparer.Ordinal);
        var countiesOfTown = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (_, line) in ResourceFile.Lines(reader))
        {
            var columns = line.Split('\t');
            if (columns.Length != 4 || columns[1] != "town") continue;
            towns.Add(columns[2]);
            if (columns[3].Length >= 2 && columns[3] != columns[2] && columns[0].Length >= 6)
            {
                if (!countiesOfTown.TryGetValue(columns[3], out var counties)) countiesOfTown[columns[3]] = counties = new List<string>();
                counties.Add(columns[0][..6]);
            }
        }
        Assert.True(towns.Count > 30_000, $"only {towns.Count} towns");
        var divisions = Divisions.Default;
        // Every 23rd short name, every short name several towns share, and names that are no town's.
        var shortNames = countiesOfTown.Keys.Where((_, i) => i % 23 == 0).Concat(countiesOfTown.Where(t => t.Value.Count > 2).Select(t => t.Key))
            .Concat(new[] { "城关", "建设", "泰州", "姜堰", "江苏", "镇", "", "徐圩\t", "黎里镇" }).Distinct().ToList();
        Assert.True(shortNames.Count > 1000, $"only {shortNames.Count} short names");
        foreach (var shortName in shortNames)
            Assert.Equal(countiesOfTown.TryGetValue(shortName, out var expected) ? expected : new List<string>(), divisions.CountiesOfTown(shortName));
        var names = towns.Where((_, i) => i % 29 == 0).Concat(new[] { "黎里", "姜堰区", "泰州市", "江苏省", "town", "镇", "", "黎里镇\t黎里" }).ToList();
        foreach (var name in names) Assert.Equal(towns.Contains(name), divisions.IsTown(name));
    }
}
