using System.Runtime.CompilerServices;

namespace Pipeline.Extract.Segmentation;

/// <summary>The character classes of jieba's regular expressions, with python's semantics
/// (python's <c>\s</c> is <c>str.isspace</c>, which differs from .NET's char.IsWhiteSpace).</summary>
internal static class PythonChars
{
    /// <summary>re_han_default: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>.</summary>
    private static readonly bool[] HanDefault = BuildClass("+#&._%-");

    /// <summary>posseg's re_han_internal: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._]</c>.</summary>
    private static readonly bool[] HanInternal = BuildClass("+#&._");

    private static bool[] BuildClass(string extra)
    {
        var table = new bool[65536];
        for (var c = 0x4E00; c <= 0x9FD5; c++) table[c] = true;
        for (var c = 'a'; c <= 'z'; c++) table[c] = true;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = true;
        for (var c = '0'; c <= '9'; c++) table[c] = true;
        foreach (var c in extra) table[c] = true;
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHanDefault(char c) => HanDefault[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHanInternal(char c) => HanInternal[c];

    /// <summary>finalseg's and posseg's re_han: <c>[\u4E00-\u9FD5]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FD5';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Python's <c>str.isspace</c> (and <c>\s</c> in a str pattern); none lie outside the BMP.</summary>
    public static bool IsPythonSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    /// <summary>Length in UTF-16 units of the python "character" (code point) at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePointLength(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
