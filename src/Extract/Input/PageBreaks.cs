using System.Text;

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
    public static IEnumerable<string> Pages(TextReader reader)
    {
        var page = new StringBuilder();
        var buffer = new char[1 << 16];
        var broken = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            int at;
            while ((at = Array.IndexOf(buffer, FormFeed, start, read - start)) >= 0)
            {
                page.Append(buffer, start, at - start);
                start = at + 1;
                broken = true;
                if (!IsBlank(page)) yield return page.ToString();
                page.Clear();
            }
            page.Append(buffer, start, read - start);
        }
        if (!broken || !IsBlank(page)) yield return page.ToString();
    }

    /// <summary>The pages of a UTF-8 page-text file as bytes, read as they come: split at the form feed byte (0x0C,
    /// which in UTF-8 is part of no other character), so each page is decoded as a file of its own would be and a
    /// bad byte costs only its page. Pages of only ASCII white space are none, as above.</summary>
    public static IEnumerable<byte[]> Pages(Stream stream)
    {
        var page = new MemoryStream();
        var buffer = new byte[1 << 16];
        var broken = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            int at;
            while ((at = Array.IndexOf(buffer, (byte)FormFeed, start, read - start)) >= 0)
            {
                page.Write(buffer, start, at - start);
                start = at + 1;
                broken = true;
                if (!IsBlank(page)) yield return page.ToArray();
                page.SetLength(0);
            }
            page.Write(buffer, start, read - start);
        }
        if (!broken || !IsBlank(page)) yield return page.ToArray();
    }

    private static bool IsBlank(MemoryStream bytes)
    {
        foreach (var b in bytes.GetBuffer().AsSpan(0, (int)bytes.Length))
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B)) return false;
        return true;
    }

    private static bool IsBlank(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
            if (!chunk.Span.IsWhiteSpace()) return false;
        return true;
    }
}
