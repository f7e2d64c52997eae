using System.Buffers;

namespace Pipeline.Extract.Input;

/// <summary>A page-text file may hold many pages: a dump of a whole issue or archive, pages separated by form
/// feeds (U+000C), as pdftotext and printers' text exports write them. Each page is split on its own: its
/// articles, header and date are its own, and a file of any size is read one page at a time, so memory
/// follows the largest page, not the file. A text without a form feed is one page, as it always was.</summary>
internal static class PageBreaks
{
    public const char FormFeed = '\f';

    /// <summary>The pages of a text held in memory (the text itself when it has no form feed).</summary>
    public static IEnumerable<string> Pages(string text) =>
        text.Contains(FormFeed) ? Pages(new StringReader(text)) : new[] { text };

    /// <summary>The pages of a text, in order, read as they come. Blank pages (the form feed a dump
    /// ends with, or two in a row) are none. A text without a form feed is returned whole, blank or not.</summary>
    public static IEnumerable<string> Pages(TextReader reader) =>
        Split(reader.Read, FormFeed, text => text.IsWhiteSpace(), text => new string(text));

    /// <summary>The pages of a UTF-8 page-text file as bytes, read as they come: split at the form feed byte (0x0C,
    /// which in UTF-8 is part of no other character), so each page is decoded as a file of its own would be and a
    /// bad byte costs only its page. Pages of only ASCII white space are none, as above.</summary>
    public static IEnumerable<byte[]> Pages(Stream stream) =>
        Split(stream.Read, (byte)FormFeed, bytes => bytes.IndexOfAnyExcept(" \t\r\n\v"u8) < 0, bytes => bytes.ToArray());

    private delegate bool Test<T>(ReadOnlySpan<T> page);
    private delegate TPage Make<T, TPage>(ReadOnlySpan<T> page);

    private static IEnumerable<TPage> Split<T, TPage>(Func<T[], int, int, int> read, T formFeed, Test<T> isBlank, Make<T, TPage> make)
        where T : IEquatable<T>
    {
        var page = new ArrayBufferWriter<T>();
        var buffer = new T[1 << 16];
        var broken = false;
        int count;
        while ((count = read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            int at;
            while ((at = Array.IndexOf(buffer, formFeed, start, count - start)) >= 0)
            {
                page.Write(buffer.AsSpan(start, at - start));
                start = at + 1;
                broken = true;
                if (!isBlank(page.WrittenSpan)) yield return make(page.WrittenSpan);
                page.ResetWrittenCount();
            }
            page.Write(buffer.AsSpan(start, count - start));
        }
        if (!broken || !isBlank(page.WrittenSpan)) yield return make(page.WrittenSpan);
    }
}
