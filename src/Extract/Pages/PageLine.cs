using Pipeline.Extract.Model;

namespace Pipeline.Extract.Pages;

internal enum LineKind
{
    /// <summary>Newsletter name and publisher above the issue line.</summary>
    Masthead,
    /// <summary>Issue number and printed date.</summary>
    Issue,
    /// <summary>An entry of the table of contents.</summary>
    Contents,
    Section,
    Series,
    Heading,
    /// <summary>A line opening with a dash (——高质量发展看园区): subtitle or section's subtitle.</summary>
    DashLine,
    Byline,
    Credit,
    Caption,
    PullQuote,
    EditorNote,
    /// <summary>A web page's furniture (crumbs, share and print widgets, image file names, links after the
    /// article): kept with the page's header, never text, headline or article.</summary>
    Furniture,
    /// <summary>A summary printed over a web article's text (摘要：…): text, never a headline.</summary>
    Summary,
    Body,
}

/// <summary>One non-empty line of a page text: the cleaned text kept for output, its folded form
/// (same length) that the rules read, and what the rules made of it.</summary>
internal sealed class PageLine
{
    public PageLine(int number, string text)
    {
        Number = number;
        Text = text;
        Folded = global::Pipeline.Extract.Text.TextNormalizer.Fold(text);
    }

    public int Number { get; }
    public string Text { get; set; }
    public string Folded { get; set; }
    public LineKind Kind { get; set; } = LineKind.Body;
    /// <summary>A <see cref="LineKind.Section"/> known only by its shape (a short line above a headline or a
    /// pull quote): unlike a bracketed or listed section it does not by itself make the lines below a headline.</summary>
    public bool IsColumnByShape { get; set; }
    /// <summary>A <see cref="LineKind.Section"/> that names one item of a digest (a company's name over the item's headline and
    /// a paragraph opening with the name): it makes the lines below a headline.</summary>
    public bool IsItemLabel { get; set; }
    public List<Author> Authors { get; set; } = new();

    public override string ToString() => $"{Number} {Kind} {Text}";
}
