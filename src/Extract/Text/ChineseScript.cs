using System.Buffers;
using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Text;

/// <summary>Traditional → Simplified Chinese for matching. The table (OpenCC data, see
/// tools/build-t2s-table.py) keeps every entry the same length on both sides, so a converted
/// text has the offsets of the original: spans found in the conversion mark the original text.</summary>
public static class ChineseScript
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>The text with Traditional characters and phrases replaced by Simplified ones; same length.</summary>
    public static string ToSimplified(string text)
    {
        if (string.IsNullOrEmpty(text) || !NeedsConversion(text)) return text;
        // Most texts hold a character that may begin a phrase and still convert to themselves: the text itself then.
        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var buffer = rented.AsSpan(0, text.Length);
            text.AsSpan().CopyTo(buffer);
            ToSimplified(buffer);
            return buffer.SequenceEqual(text) ? text : new string(buffer);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Converts in place (the search analyzer's path: no allocation).</summary>
    public static void ToSimplified(Span<char> text)
    {
        var data = Data.Value;
        var phrases = data.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            // A phrase is tried only where its first two chars stand (11,920 of the 309,000 chars of the development pages
            // begin one of the table's 234 phrases, 77 such pairs): each try is a dictionary lookup per length.
            if (data.LongestPhraseFrom[ch] > 0 && i + 1 < text.Length && data.PhrasePairs.MayContain(ch, text[i + 1]))
            {
                var replaced = false;
                for (var len = Math.Min(data.LongestPhraseFrom[ch], text.Length - i); len >= 2; len--)
                {
                    if (!phrases.TryGetValue(text.Slice(i, len), out var simplified)) continue;
                    simplified.AsSpan().CopyTo(text.Slice(i, len));
                    i += len;
                    replaced = true;
                    break;
                }
                if (replaced) continue;
            }
            text[i] = data.Character[ch];
            i++;
        }
    }

    private static bool NeedsConversion(string text)
    {
        var data = Data.Value;
        foreach (var ch in text)
            if (data.LongestPhraseFrom[ch] > 0 || data.Character[ch] != ch) return true;
        return false;
    }

    /// <summary>Share of the Han characters that only Traditional writing uses (0 when there are none).</summary>
    public static double TraditionalShare(string text)
    {
        var data = Data.Value;
        int han = 0, traditional = 0;
        foreach (var ch in text)
        {
            if (!IsHan(ch)) continue;
            han++;
            if (data.Character[ch] != ch) traditional++;
        }
        return han == 0 ? 0 : (double)traditional / han;
    }

    /// <summary>True when the text is written in Traditional characters (a few per cent of its Han
    /// characters are Traditional-only; Simplified text has practically none).</summary>
    public static bool LooksTraditional(string text) => TraditionalShare(text) >= 0.03;

    public static bool IsHan(char ch) => ch is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    /// <summary>Per-character arrays over all of UTF-16 (128 KB and 64 KB): one read per character, which the
    /// analyzer does for every character it indexes.</summary>
    private sealed class Table
    {
        public char[] Character { get; } = Enumerable.Range(0, 65536).Select(c => (char)c).ToArray();
        /// <summary>Per char, the length of the longest phrase starting with it (0: none), so that a phrase start
        /// tries only the lengths its own phrases have, not the longest of the table (14).</summary>
        public byte[] LongestPhraseFrom { get; } = new byte[65536];
        public Dictionary<string, string> Phrases { get; } = new(StringComparer.Ordinal);
        /// <summary>The first two chars of every phrase.</summary>
        public CharPairFilter PhrasePairs { get; } = new();
    }

    private static Table Load()
    {
        var table = new Table();
        using var reader = ResourceFile.OpenEmbedded("Pipeline.Extract.Text.t2s.txt");
        foreach (var (_, line) in ResourceFile.Lines(reader))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var from = line[..tab];
            var to = line[(tab + 1)..];
            if (from.Length != to.Length) continue;
            // The first row for a character wins, as the table is ordered.
            if (from.Length == 1)
            {
                if (table.Character[from[0]] == from[0]) table.Character[from[0]] = to[0];
            }
            else
            {
                table.Phrases.TryAdd(from, to);
                table.PhrasePairs.Add(from[0], from[1]);
                table.LongestPhraseFrom[from[0]] = (byte)Math.Max(table.LongestPhraseFrom[from[0]], Math.Min(from.Length, byte.MaxValue));
            }
        }
        return table;
    }
}
