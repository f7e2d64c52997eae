using Pipeline.Extract.Text;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>Enterprises: annotates every company mention in the body (Value = its shared
/// <see cref="EnterpriseEntity"/>) and projects record.Enterprises. Runs after the zone stage:
/// a zone mention ends the text a company name can start in (青岛高新区中译语通科技(青岛)有限公司).</summary>
public sealed class EnterpriseStage : IStage
{
    private readonly EnterpriseSpanFinder _finder;
    private readonly EnterpriseResolver _resolver;

    public EnterpriseStage() : this(ZoneGazetteer.Default, ShortNameList.Default, ListedCompanyLexicon.Default) { }

    internal EnterpriseStage(ZoneGazetteer places, ShortNameList shortNames, ListedCompanyLexicon listed)
    {
        _finder = new EnterpriseSpanFinder(new EnterpriseNameBoundary(places, shortNames), shortNames);
        var context = new ContextCompanyFinder(places, shortNames);
        _resolver = new EnterpriseResolver(_finder, new EnterpriseShortForms(places), context, new UncuedCompanyFinder(places, context), listed, places,
            new EnterpriseNameEdges(places, shortNames, listed));
    }

    public string Name => "enterprises";

    public void Annotate(ArticleDocument document)
    {
        var body = document.Body;
        var zones = document.Get(Labels.Zone).Select(a => (a.Start, a.End)).ToList();
        var cuts = WordBoundaries(document);
        // 中金集團(tuán), 聯(lián)成: names are read without the pinyin readings a converter glued into them, and marked where they
        // are written, readings included (the mention as written is an alias; the name is the one without readings).
        // So are names a hard-wrapped paragraph breaks across two lines (台達電⏎子).
        var readings = PinyinReadings.Strip(body, WrappedLines.Breaks(body));
        if (readings != null)
        {
            body = readings.Text;
            zones = zones.Select(z => (readings.ToStripped(z.Start), readings.ToStripped(z.End))).ToList();
            cuts = Enumerable.Range(0, body.Length + 1).Select(i => cuts[readings.ToWritten(i)]).ToArray();
        }
        var folded = TextNormalizer.Fold(body);
        var named = _finder.FindNamed(body, folded, zones);
        var found = _resolver.Resolve(body, folded, named, zones, cuts);
        if (readings != null) found = ToWritten(found, readings, document.Body);
        foreach (var (start, end, entity) in found)
            document.Add(new Annotation(Labels.Enterprise, start, end, document.Body[start..end], entity));
    }

    /// <summary>The companies found in the text without readings, placed in the text as written: each mention's span and
    /// text, and the written form an alias when it differs from the name.</summary>
    private static IReadOnlyList<(int Start, int End, EnterpriseEntity Entity)> ToWritten(
        IReadOnlyList<(int Start, int End, EnterpriseEntity Entity)> found, PinyinReadings readings, string written)
    {
        foreach (var entity in found.Select(f => f.Entity).Distinct())
            foreach (var mention in entity.Mentions)
            {
                mention.Start = readings.ToWritten(mention.Start);
                mention.End = WrittenEnd(readings, mention.Start, mention.End, written);
                mention.Text = written[mention.Start..mention.End];
                if (mention.Text != entity.Name && !entity.Aliases.Contains(mention.Text)) entity.Aliases.Add(mention.Text);
            }
        return found.Select(f => (readings.ToWritten(f.Start), WrittenEnd(readings, readings.ToWritten(f.Start), f.End, written), f.Entity)).ToList();
    }

    /// <summary>Where a span ending at <paramref name="end"/> of the text without readings ends as written: past the readings
    /// that close it (園區(qū)), but before a line break left out after it (台達電⏎ ends at 電).</summary>
    private static int WrittenEnd(PinyinReadings readings, int writtenStart, int end, string written)
    {
        var at = readings.ToWritten(end);
        while (at > writtenStart && written[at - 1] == '\n') at--;
        return at;
    }

    /// <summary>True at each index of the body where the segmenter starts or ends a word.</summary>
    private static bool[] WordBoundaries(ArticleDocument document)
    {
        var cuts = new bool[document.Body.Length + 1];
        cuts[0] = cuts[^1] = true;
        foreach (var token in SegmentationStage.TokensOf(document))
        {
            cuts[token.Start] = true;
            cuts[token.End] = true;
        }
        return cuts;
    }

    public void Project(ArticleDocument document) =>
        document.Record.Enterprises = document.Get(Labels.Enterprise).Select(a => a.Value).OfType<EnterpriseEntity>().Distinct().ToList();
}
