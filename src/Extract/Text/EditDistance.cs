namespace Pipeline.Extract.Text;

/// <summary>Levenshtein distance in UTF-16 units: how many insertions, deletions and substitutions turn one
/// string into the other (near-duplicate lines, the nearest known name to a typo).</summary>
public static class EditDistance
{
    private const int MaxRowOnStack = 256;

    public static int Between(string a, string b)
    {
        // Two rows on the stack for the short lines and names it is asked about (two arrays a call were garbage).
        var previous = b.Length < MaxRowOnStack ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        var current = b.Length < MaxRowOnStack ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            var done = previous;
            previous = current;
            current = done;
        }
        return previous[b.Length];
    }
}
