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
        _folded = global::Pipeline.Extract.Text.TextNormalizer.Fold(text);
    }

    public int Number { get; }
    public string Text { get; set; }

    /// <summary>The folded text; setting it (a rule ungluing or trimming the line) forgets the features read from the old one.</summary>
    public string Folded
    {
        get => _folded;
        set
        {
            _folded = value;
            _features = LineFeatures.None;
        }
    }

    private string _folded = "";
    private LineFeatures _features;

    /// <summary><see cref="LineRules.IsSourceLine"/> of the folded line, worked out once: marking the furniture, reading the
    /// header, classifying and assembling each ask it of the same head lines.</summary>
    public bool IsSourceLine => Feature(LineFeatures.SourceKnown, LineFeatures.Source, static f => LineRules.IsSourceLine(f));

    /// <summary><see cref="LineRules.IsIssueLine"/> of the folded line, worked out once.</summary>
    public bool IsIssueLine => Feature(LineFeatures.IssueKnown, LineFeatures.Issue, static f => LineRules.IsIssueLine(f));

    private bool Feature(LineFeatures known, LineFeatures value, Func<string, bool> rule)
    {
        if ((_features & known) == 0) _features |= known | (rule(_folded) ? value : LineFeatures.None);
        return (_features & value) != 0;
    }

    [Flags]
    private enum LineFeatures : byte
    {
        None = 0,
        SourceKnown = 1,
        Source = 2,
        IssueKnown = 4,
        Issue = 8,
    }
    public LineKind Kind { get; set; } = LineKind.Body;
    /// <summary>A <see cref="LineKind.Section"/> known only by its shape (a short line above a headline or a
    /// pull quote): unlike a bracketed or listed section it does not by itself make the lines below a headline.</summary>
    public bool IsColumnByShape { get; set; }
    /// <summary>A <see cref="LineKind.Section"/> that names one item of a digest (a company's name over the item's headline and
    /// a paragraph opening with the name): it makes the lines below a headline.</summary>
    public bool IsItemLabel { get; set; }
    /// <summary>The headline of one item of a list page, shown so by the page's repeated shape (each item a headline over its
    /// summary, then its own stamp; or a headline, stamp and summary run together on one line).</summary>
    public bool IsListItemHeadline { get; set; }
    public List<Author> Authors { get; set; } = new();

    public override string ToString() => $"{Number} {Kind} {Text}";
}
