using System.Text;

namespace Pipeline.Cli.Reports;

/// <summary>A plain-text table for the terminal, aligned by display width (CJK characters take two columns).</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = new();

    /// <summary>Columns from this index on are right-aligned (numbers).</summary>
    public int RightAlignedFrom { get; init; } = int.MaxValue;

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var all = _rows.Prepend(headers).ToList();
        var widths = Enumerable.Range(0, headers.Length).Select(i => all.Max(r => i < r.Length ? Width(r[i]) : 0)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var i = 0; i < headers.Length; i++)
            {
                var cell = i < row.Length ? row[i] : "";
                var pad = new string(' ', widths[i] - Width(cell));
                if (i > 0) line.Append("  ");
                line.Append(i >= RightAlignedFrom ? pad + cell : cell + pad);
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Terminal columns the text takes: two for East Asian wide and full-width characters.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += IsWide(rune.Value) ? 2 : 1;
        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
