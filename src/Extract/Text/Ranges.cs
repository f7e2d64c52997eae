namespace Pipeline.Extract.Text;

/// <summary>Tests on lists of character ranges that rules ask at every position they try.</summary>
internal static class Ranges
{
    /// <summary>Whether any range of <paramref name="ranges"/> shares a character with [<paramref name="start"/>,
    /// <paramref name="end"/>). A loop, not <c>Any</c> with a lambda: a lambda capturing a scan's variables allocates
    /// a closure at every position the scan tries, which was a tenth of extraction's garbage.</summary>
    public static bool Overlaps(IReadOnlyList<(int Start, int End)> ranges, int start, int end)
    {
        for (var k = 0; k < ranges.Count; k++)
            if (ranges[k].Start < end && start < ranges[k].End) return true;
        return false;
    }
}
