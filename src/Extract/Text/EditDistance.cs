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

    /// <summary>A lower bound of <see cref="Between"/> in about the time of sorting the two strings: the chars of the longer
    /// side's multiset the other lacks. Each insertion, deletion or substitution lowers the larger of the two sides' unmatched
    /// counts by one at most, and both are 0 once the strings are equal. Lets a caller that only asks "within k edits?"
    /// refuse most unlike pairs without the quadratic table.</summary>
    public static int LowerBound(string a, string b)
    {
        var left = a.Length < MaxRowOnStack ? stackalloc char[a.Length] : new char[a.Length];
        var right = b.Length < MaxRowOnStack ? stackalloc char[b.Length] : new char[b.Length];
        a.AsSpan().CopyTo(left);
        b.AsSpan().CopyTo(right);
        left.Sort();
        right.Sort();
        var shared = 0;
        for (int i = 0, j = 0; i < left.Length && j < right.Length;)
        {
            if (left[i] == right[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (left[i] < right[j]) i++;
            else j++;
        }
        return Math.Max(a.Length, b.Length) - shared;
    }
}
