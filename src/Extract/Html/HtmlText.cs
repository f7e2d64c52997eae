using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Extract.Html;

/// <summary>Readable lines out of an HTML subtree: block elements and &lt;br&gt; break lines,
/// white space (including full-width indentation) is collapsed, empty lines are dropped.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody",
        "section", "article", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption", "header", "footer",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "svg", "button", "select", "textarea",
    };

    public static List<string> Lines(INode root, Func<IElement, bool>? skip = null)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, lines, skip);
        Flush(current, lines);
        return lines;
    }

    public static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var chars = s.Select(c => c is '\u00a0' or '\u3000' or '\t' or '\r' or '\n' or '\u200b' or '\ufeff' ? ' ' : c).ToArray();
        return Regex.Replace(new string(chars), " {2,}", " ").Trim();
    }

    /// <summary>Like <see cref="Clean"/>, but also drops spaces between two Chinese characters,
    /// which in headlines are layout (a two-line title, letter-spacing), not words.</summary>
    public static string CleanHeadline(string? s) =>
        Regex.Replace(Clean(s), @"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uff01-\uff5e]) (?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uff01-\uff5e])", "");

    /// <summary>A web page's headline: lines broken by &lt;br&gt; or blocks are joined without a space;
    /// a space between two phrases (主题 副题) is kept, while letter-spacing (科 技 日 报) is closed up.</summary>
    public static string WebHeadline(INode element) => Headline(string.Concat(Lines(element)));

    /// <summary>A headline as a page prints it in one string: a space between two phrases (…超500亿元 增长9.8%) is part
    /// of the title and stays; only letter-spacing (科 技 日 报), where most pieces are one character, is closed up.</summary>
    public static string Headline(string? s)
    {
        var text = Clean(s);
        var pieces = text.Split(' ');
        return pieces.Length > 2 && pieces.Count(p => p.Length == 1) * 2 > pieces.Length ? CleanHeadline(text) : text;
    }

    private static void Walk(INode node, StringBuilder current, List<string> lines, Func<IElement, bool>? skip)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element:
                    if (Invisible.Contains(element.LocalName) || (skip != null && skip(element))) break;
                    var block = BlockTags.Contains(element.LocalName);
                    if (block) Flush(current, lines);
                    Walk(element, current, lines, skip);
                    if (block) Flush(current, lines);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> lines)
    {
        var line = Clean(current.ToString());
        current.Clear();
        if (line.Length > 0) lines.Add(line);
    }
}
