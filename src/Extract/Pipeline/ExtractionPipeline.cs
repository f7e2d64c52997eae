using System.Text.RegularExpressions;
using Pipeline.Extract.Attribution;
using Pipeline.Extract.Dates;
using Pipeline.Extract.Figures;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Pipeline;

/// <summary>Source document → articles → annotated records.</summary>
public sealed class ExtractionPipeline
{
    private readonly Lazy<IReadOnlyList<IStage>> _stages;
    /// <summary>The zone stage among <see cref="Stages"/> (null without one), looked up once: every article's side text
    /// adds its zones through it.</summary>
    private readonly Lazy<ZoneStage?> _zoneStage;
    private readonly Lazy<AttributionStage?> _attributionStage;

    /// <summary>The rules call about sixty static <c>Regex.IsMatch</c>/<c>Match</c> patterns, many once per line or per
    /// article; with the default cache of 15 parsed patterns they evicted each other and were parsed again and again.</summary>
    static ExtractionPipeline() => Regex.CacheSize = Math.Max(Regex.CacheSize, 256);

    public ExtractionPipeline(IEnumerable<IStage> stages) : this(new Lazy<IReadOnlyList<IStage>>(stages.ToList())) { }

    private ExtractionPipeline(Func<IReadOnlyList<IStage>> create) : this(new Lazy<IReadOnlyList<IStage>>(create)) { }

    private ExtractionPipeline(Lazy<IReadOnlyList<IStage>> stages)
    {
        _stages = stages;
        _zoneStage = new Lazy<ZoneStage?>(() => Stages.OfType<ZoneStage>().FirstOrDefault());
        _attributionStage = new Lazy<AttributionStage?>(() => Stages.OfType<AttributionStage>().FirstOrDefault());
    }

    /// <summary>The stages in the order they must run: later stages read earlier annotations
    /// (word boundaries first; attribution reads zones, enterprises, dates and figures). They are built on first
    /// use (<see cref="ProcessAll"/> starts building them beside the first pages' splitting).</summary>
    public static ExtractionPipeline CreateDefault() => new(() => BuildSideBySide(new Func<IStage>[]
    {
        () => new SegmentationStage(),
        () => new ZoneStage(),
        () => new EnterpriseStage(),
        () => new DateStage(),
        () => new FigureStage(),
        () => new AttributionStage(),
    }));

    /// <summary>Building a stage loads its dictionaries, gazetteers, word lists and patterns (about a CPU-second for
    /// all six, the segmenter's dictionary the largest): on a machine with more than one core they load side by side.</summary>
    private static IReadOnlyList<IStage> BuildSideBySide(Func<IStage>[] constructors)
    {
        var stages = new IStage[constructors.Length];
        try
        {
            Parallel.For(0, constructors.Length, i =>
            {
                using (StageProfile.Measure("loading the stages")) stages[i] = constructors[i]();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return stages;
    }

    public IReadOnlyList<IStage> Stages => _stages.Value;

    /// <param name="publishedOverride">From --published: anchors relative dates when the input carries no date.</param>
    public IReadOnlyList<ArticleRecord> Process(SourceDocument source, string? publishedOverride = null)
    {
        var page = Read(source, publishedOverride);
        // A page of a text of several pages, read alone: numbered as a text of its own.
        if (source.PageOfText != null) PageSplitter.Number(source, page.Articles, 0);
        foreach (var record in page.Articles) Complete(record, page.Anchor);
        return page.Articles;
    }

    /// <summary>Many sources → their records, in input order, streamed: sources are read and articles
    /// annotated on up to <paramref name="parallelism"/> threads (articles are independent once their page is
    /// split), with a bounded number in flight. A source that cannot be read, or an article a stage fails
    /// on, comes out as a result with its error instead of a record; the rest go on.</summary>
    public IEnumerable<ExtractionResult> ProcessAll(IEnumerable<SourceDocument> sources, string? publishedOverride = null, int parallelism = 1)
    {
        // Splitting pages needs no stage: let the stages load meanwhile (a failure to load surfaces at the first article).
        if (parallelism > 1 && !_stages.IsValueCreated) _ = Task.Run(() => _stages.Value);
        var pages = OrderedParallel.Map(sources, source =>
        {
            try
            {
                return (Page: Read(source, publishedOverride), Error: (Exception?)null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return (Page: new PageArticles(source, new List<ArticleRecord>(), null), Error: e);
            }
        }, parallelism, window: 2 * parallelism);
        var numbered = 0; // articles of the pages before, in a page text of several pages
        var articles = pages.SelectMany(read => read.Error != null
            ? new[] { (read.Page.Source, Anchor: (PublicationDate?)null, Record: (ArticleRecord?)null, Error: (Exception?)read.Error) }
            : Drain(NumberOn(read.Page, ref numbered)));
        return OrderedParallel.Map(articles, item =>
        {
            if (item.Record == null) return new ExtractionResult(item.Source, null, item.Error);
            _ = Stages; // stages that cannot load fail the run, not each article
            try
            {
                return new ExtractionResult(item.Source, Complete(item.Record, item.Anchor), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new ExtractionResult(item.Source, null, e);
            }
        }, parallelism, window: 16 * parallelism);
    }

    /// <summary>A page of a text of several pages numbers its articles on from the pages before it (a.txt#1 … a.txt#7 on
    /// the first page, a.txt#8 … on the second), so ids stay unique in the file. A text of one page was numbered when
    /// it was split.</summary>
    private static PageArticles NumberOn(PageArticles page, ref int numbered)
    {
        if (page.Source.PageOfText is not { } place) return page;
        if (place == 1) numbered = 0;
        PageSplitter.Number(page.Source, page.Articles, numbered);
        numbered += page.Articles.Count;
        return page;
    }

    /// <summary>A page's articles one at a time, each let go by the page as it is taken: a page text of thousands
    /// of articles does not keep every finished record alive until its last one is done.</summary>
    private static IEnumerable<(SourceDocument Source, PublicationDate? Anchor, ArticleRecord? Record, Exception? Error)> Drain(PageArticles page)
    {
        var (source, articles, anchor) = (page.Source, page.Articles, page.Anchor);
        for (var i = 0; i < articles.Count; i++)
        {
            var record = articles[i];
            articles[i] = null!;
            yield return (source, anchor, record, null);
        }
    }

    /// <summary>A source split into its articles (not yet annotated), each carrying the publication date.</summary>
    public PageArticles Read(SourceDocument source, string? publishedOverride = null)
    {
        PageLayout layout;
        using (StageProfile.Measure("page splitting")) layout = PageReader.Read(source);
        var published = layout.Published;
        var inferred = layout.PublishedInferred;
        if (publishedOverride != null && (published == null || inferred))
        {
            published = publishedOverride;
            inferred = false;
        }
        foreach (var record in layout.Articles)
        {
            record.Published = published;
            record.PublishedInferred = inferred;
        }
        return new PageArticles(source, layout.Articles, PublicationDate.TryParse(published));
    }

    /// <summary>Runs the stages over one article of a page read by <see cref="Read"/>: body first, then the
    /// text printed beside it. Articles of a page do not depend on each other.</summary>
    public ArticleRecord Complete(ArticleRecord record, PublicationDate? anchor)
    {
        using var _ = StageProfile.Measure("article (all stages, side text)");
        Annotate(new ArticleDocument(record, anchor));
        // The headline is read before the body: its figures and dates come first, in reading order.
        var bodyFigures = record.Figures.Count;
        var bodyDates = record.Dates.Count;
        AddSideText(record, record.Kicker, ArticleFields.Kicker, anchor);
        AddSideText(record, record.Title, ArticleFields.Title, anchor);
        AddSideText(record, record.Subtitle, ArticleFields.Subtitle, anchor);
        MoveToFront(record.Figures, bodyFigures);
        MoveToFront(record.Dates, bodyDates);
        for (var i = 0; i < record.Captions.Count; i++)
            AddSideText(record, record.Captions[i], ArticleFields.Caption(i), anchor);
        for (var i = 0; i < record.PullQuotes.Count; i++)
            AddSideText(record, record.PullQuotes[i], ArticleFields.PullQuote(i), anchor);
        // A caption's or pull quote's number (70%以上 printed large) is its twin's in the body, as a headline's is.
        HeadlineTwins.Attribute(record.Figures, record.Published);
        // The page header's figures and dates are printed on the page once; its zones and companies
        // are the articles' (the contents repeat their headlines), not the first record's.
        for (var i = 0; i < (record.PageHeader?.Count ?? 0); i++)
            AddSideText(record, record.PageHeader![i], ArticleFields.PageHeader(i), anchor, entities: false);
        return record;
    }

    /// <summary>Moves what was appended after the first <paramref name="kept"/> items before them.</summary>
    private static void MoveToFront<T>(List<T> items, int kept)
    {
        var appended = items.GetRange(kept, items.Count - kept);
        items.RemoveRange(kept, items.Count - kept);
        items.InsertRange(0, appended);
    }

    private void Annotate(ArticleDocument document)
    {
        if (StageProfile.Enabled)
        {
            foreach (var stage in Stages)
                using (StageProfile.Measure(stage.Name)) stage.Annotate(document);
            foreach (var stage in Stages)
                using (StageProfile.Measure(stage.Name + " (project)")) stage.Project(document);
            return;
        }
        var stages = Stages;
        foreach (var stage in stages) stage.Annotate(document);
        foreach (var stage in stages) stage.Project(document);
    }

    /// <summary>The page header's lines keep only their figures and dates (<c>entities: false</c>), and most have no figure:
    /// 编辑:李志, 首页 > 资讯, 2023-10-09, 发布时间:2023/04/03 10:41. The date stage reads no other stage's annotations, so it runs
    /// alone first; when every numeral of the line is inside one of its dates, no figure can be found whatever the other
    /// stages add, and its dates are the line's. False (the record untouched) when the line needs all the stages, or when
    /// the stages are not <see cref="CreateDefault"/>'s.</summary>
    private bool DatedAlone(ArticleRecord side, PublicationDate? anchor)
    {
        DateStage? dates = null;
        foreach (var stage in Stages)
        {
            if (stage is DateStage date) dates = date;
            else if (stage is not (SegmentationStage or ZoneStage or EnterpriseStage or FigureStage or AttributionStage)) return false;
        }
        if (dates == null) return false;
        var alone = new ArticleDocument(side, anchor);
        using (StageProfile.Measure(dates.Name)) dates.Annotate(alone);
        if (FigureStage.MayFind(alone)) return false;
        dates.Project(alone);
        return true;
    }

    /// <summary>Headlines, captions and pull quotes are printed beside the body, not in it, yet their figures,
    /// dates, zones and companies are the article's too: run the stages over each on its own and
    /// add what they find, figures and dates marked with the field their offsets point into.</summary>
    private void AddSideText(ArticleRecord record, string? text, string field, PublicationDate? anchor, bool entities = true)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var side = new ArticleRecord { Id = record.Id, Source = record.Source, Title = record.Title, Body = text };
        if (entities || !DatedAlone(side, anchor)) Annotate(new ArticleDocument(side, anchor));
        foreach (var figure in side.Figures) figure.Field = field;
        foreach (var date in side.Dates) date.Field = field;
        record.Figures.AddRange(side.Figures);
        record.Dates.AddRange(side.Dates);
        if (!entities) return;
        _zoneStage.Value?.AddSideZones(record.Zones, side.Zones);
        _attributionStage.Value?.NameSideSubjects(record, side.Figures);
        // A short name in the headline that the body gave a company as an alias (某某科技 for 某某科技股份有限公司) is that company.
        // So is one the body names with its group word, listing mark or legal form, or by its branch (阿里巴巴 for 阿里巴巴集团,
        // 某某传媒集团 for 某某传媒集团有限公司, 某某银行 for 某某银行成都分行).
        foreach (var enterprise in side.Enterprises.Where(e => record.Enterprises.All(r => r.Name != e.Name && !r.Aliases.Contains(e.Name) &&
                     !EnterpriseShortForms.IsWrittenShortFor(TextNormalizer.Fold(e.Name), TextNormalizer.Fold(r.Name)))))
        {
            enterprise.Mentions.Clear();
            record.Enterprises.Add(enterprise);
        }
    }
}

/// <summary>A source's articles as its page gives them, before the stages run.</summary>
public sealed record PageArticles(SourceDocument Source, List<ArticleRecord> Articles, PublicationDate? Anchor);

/// <summary>One article record out of <see cref="ExtractionPipeline.ProcessAll"/>, or the error that cost it
/// (Record null): a source that could not be read, or an article a stage failed on.</summary>
public sealed record ExtractionResult(SourceDocument Source, ArticleRecord? Record, Exception? Error);
