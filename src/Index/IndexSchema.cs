using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Newtonsoft.Json;
using Pipeline.Index.Analysis;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;

namespace Pipeline.Index;

/// <summary>Field names and the mapping from an <see cref="ArticleRecord"/> to Lucene documents.
/// An article becomes one block: the article document followed by one document per figure,
/// all carrying the article id, so one UpdateDocuments call replaces the whole block.</summary>
internal static class IndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Shared by article and figure documents.
    public const string Id = "id";
    public const string Type = "type";
    public const string PublishedNumber = "published_num";
    public const string PublishedSort = "published_sort";
    public const string Zone = "zone";
    public const string Enterprise = "enterprise";
    public const string Title = "title";
    public const string Published = "published";

    // Article documents.
    public const string ArticleType = "article";
    public const string IdSort = "id_sort";
    /// <summary>Title and body together: what an unqualified query term searches.</summary>
    public const string Text = "text";
    public const string Record = "record";
    /// <summary>Title, body and captions again, as character bigrams at character slots (<see cref="ExactTextAnalyzer"/>):
    /// the field that decides whether an article contains a query term as written. Not scored.</summary>
    public const string TextExact = "text_bigrams";
    /// <summary>The title as character bigrams, for title: queries.</summary>
    public const string TitleExact = "title_bigrams";
    /// <summary>The same two fields in indexes written before character slots, whose run ends were stacked
    /// (<see cref="ExactTextAnalyzer.StackRunEnd"/>): still read, and still written into such an index, so that one
    /// index never mixes the two.</summary>
    public const string LegacyTextExact = "text_exact";
    public const string LegacyTitleExact = "title_exact";
    public const string ZoneNames = "zones";
    public const string EnterpriseNames = "enterprises";
    public const string PrimaryZone = "primary_zone";
    public const string Author = "author";
    public const string Page = "page";
    public const string Year = "year";
    public const string Month = "month";

    // Figure documents.
    public const string FigureType = "figure";
    public const string Metric = "metric";
    public const string Unit = "unit";
    public const string Kind = "kind";
    public const string Value = "value";
    /// <summary>value_max for a range, else value: a range figure matches --min/--max when it overlaps them.</summary>
    public const string ValueHigh = "value_high";
    /// <summary>The stored figure row (JSON) of indexes written before <see cref="FigureIndex"/>; read when present.</summary>
    public const string Figure = "figure";
    /// <summary>The figure's place in its article's figure list (stored): its row is made from the article's stored
    /// record, the document <c>FigureIndex + 1</c> places before it in the block.</summary>
    public const string FigureIndex = "figure_index";
    /// <summary>The figure's subject: its name and, for a zone or company, its aliases.</summary>
    public const string Subject = "subject";
    public const string Indicator = "indicator";
    /// <summary>The period's first and last days as yyyymmdd bounds (a year spans 0000–9999 of itself).</summary>
    public const string PeriodLow = "period_low";
    public const string PeriodHigh = "period_high";
    /// <summary>"true" for a plan, goal or forecast, else "false".</summary>
    public const string Target = "target";

    /// <summary>Facet dimensions, each a SortedSetDocValues field of the same name on article documents.</summary>
    public static readonly IReadOnlyList<string> FacetFields = new[] { Zone, Enterprise, Year, Month, Author, Page };

    public const float TitleBoost = 3f;

    /// <summary>Bits per trie level of numeric fields. Lucene's default (4) indexes 8 terms per int and
    /// 16 per double; 8 halves that, which indexing feels on every figure, while ranges over a few
    /// hundred thousand values stay fast. Range queries must pass the same step.</summary>
    public const int PrecisionStep = 8;

    private static readonly FieldType IntType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = PrecisionStep });
    private static readonly FieldType DoubleType = Frozen(new FieldType(DoubleField.TYPE_NOT_STORED) { NumericPrecisionStep = PrecisionStep });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>The one place the index analyzer is chosen: the words analyzer (jieba in search mode unless a
    /// comparison run gives another) for every field, the bigram analyzer for the exact-match fields.</summary>
    public static Analyzer CreateAnalyzer(Analyzer? words = null) => new PerFieldAnalyzerWrapper(words ?? new ChineseAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [TextExact] = ExactAnalyzer, [TitleExact] = ExactAnalyzer,
            [LegacyTextExact] = LegacyExactAnalyzer, [LegacyTitleExact] = LegacyExactAnalyzer,
        });

    private static readonly Analyzer ExactAnalyzer = new ExactTextAnalyzer();
    private static readonly Analyzer LegacyExactAnalyzer = new ExactTextAnalyzer(stackRunEnd: true);

    /// <summary>The exact-match field of a searchable text field, or null.</summary>
    public static string? ExactFieldOf(string field) => field switch
    {
        Text => TextExact,
        Title => TitleExact,
        _ => null,
    };

    /// <summary>The name an exact-match field has in an index written before character slots.</summary>
    public static string LegacyExactFieldOf(string exactField) => exactField switch
    {
        TextExact => LegacyTextExact,
        TitleExact => LegacyTitleExact,
        _ => throw new ArgumentException($"'{exactField}' is not an exact-match field", nameof(exactField)),
    };

    private static readonly FieldType ExactType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true });

    /// <summary>What an unqualified query searches: title, body and captions.</summary>
    public static string SearchableText(ArticleRecord record)
    {
        var captions = record.Captions is { Count: > 0 } list ? "\n" + string.Join("\n", list) : "";
        return record.Title + "\n" + record.Body + captions;
    }

    /// <param name="legacyExact">Write the exact-match fields as indexes before character slots did (into such an index).</param>
    public static IEnumerable<Document> ToDocuments(ArticleRecord record, bool legacyExact = false)
    {
        var article = ToArticleDocument(record, legacyExact);
        yield return article;
        var figures = record.Figures ?? new List<FigureEntity>();
        for (var i = 0; i < figures.Count; i++) yield return ToFigureDocument(record, figures[i], i);
    }

    private static Document ToArticleDocument(ArticleRecord record, bool legacyExact)
    {
        var text = SearchableText(record);
        var doc = new Document
        {
            ReusingFields.Keyword(Id, record.Id, Field.Store.YES),
            new SortedDocValuesField(IdSort, new BytesRef(record.Id)),
            ReusingFields.Keyword(Type, ArticleType, Field.Store.NO),
            new TextField(Title, record.Title ?? "", Field.Store.YES),
            new TextField(Text, text, Field.Store.NO),
            new Field(legacyExact ? LegacyTextExact : TextExact, text, ExactType),
            new Field(legacyExact ? LegacyTitleExact : TitleExact, record.Title ?? "", ExactType),
            new StoredField(Record, SerializeRecord(record)),
        };
        AddPublished(doc, record.Published);
        if (record.Published != null) doc.Add(new StoredField(Published, record.Published));
        if (!string.IsNullOrWhiteSpace(record.PrimaryZone))
        {
            // Coverage by primary zone reads it per matching article from doc values (nothing reads a stored copy).
            doc.Add(new SortedDocValuesField(PrimaryZone, new BytesRef(record.PrimaryZone)));
        }

        foreach (var zone in Distinct(Zones(record).Select(z => z.Name)))
        {
            doc.Add(new StoredField(ZoneNames, zone));
            doc.Add(new SortedSetDocValuesField(Zone, new BytesRef(zone)));
        }
        foreach (var key in Distinct(Zones(record).SelectMany(z => (z.Aliases ?? new List<string>()).Prepend(z.Name))))
            doc.Add(ReusingFields.Keyword(Zone, key, Field.Store.NO));

        foreach (var enterprise in Distinct(Enterprises(record).Select(e => e.Name)))
        {
            doc.Add(new StoredField(EnterpriseNames, enterprise));
            doc.Add(new SortedSetDocValuesField(Enterprise, new BytesRef(enterprise)));
        }
        foreach (var key in Distinct(Enterprises(record).SelectMany(e => (e.Aliases ?? new List<string>()).Prepend(e.Name))))
            doc.Add(ReusingFields.Keyword(Enterprise, key, Field.Store.NO));

        foreach (var author in Distinct((record.Authors ?? new List<Author>()).Select(a => a.Name))) AddKeyword(doc, Author, author);
        if (!string.IsNullOrWhiteSpace(record.Page)) AddKeyword(doc, Page, record.Page.Trim());
        var (year, month) = PublishedDate.YearAndMonth(record.Published);
        if (year != null) AddKeyword(doc, Year, year);
        if (month != null) AddKeyword(doc, Month, month);
        return doc;
    }

    /// <summary>The row figure queries return for one figure of a record.</summary>
    public static FigureRow FigureRowOf(ArticleRecord record, FigureEntity figure)
    {
        var zone = figure.Zone ?? record.PrimaryZone;
        return new FigureRow
        {
            ArticleId = record.Id,
            Title = record.Title,
            Published = record.Published,
            Zone = zone,
            Enterprise = figure.Enterprise,
            Metric = figure.Metric,
            Text = figure.Text,
            Value = figure.Value,
            ValueMax = figure.ValueMax,
            Unit = figure.Unit,
            Kind = figure.Kind,
            Approx = figure.Approx,
            Change = figure.Change,
            Sentence = figure.Sentence,
            // A zone subject is indexed by the record's zone name, so the fact table keeps one row per zone whichever
            // printed form (广州开发区, 广州经济技术开发区) an article's subject uses.
            Subject = figure.Subject?.Kind == SubjectKinds.Zone && figure.Zone != null ? figure.Zone : figure.Subject?.Name,
            SubjectKind = figure.Subject?.Kind,
            Indicator = figure.Indicator,
            Period = figure.Period?.Value,
            PeriodEnd = figure.Period?.ValueEnd,
            ChangeKind = figure.ChangeKind,
            Of = figure.Of,
            ShareOf = figure.ShareOf,
            Target = figure.Target,
        };
    }

    private static Document ToFigureDocument(ArticleRecord record, FigureEntity figure, int index)
    {
        var zone = figure.Zone ?? record.PrimaryZone;
        var doc = new Document
        {
            ReusingFields.Keyword(Id, record.Id, Field.Store.NO),
            ReusingFields.Keyword(Type, FigureType, Field.Store.NO),
            ReusingFields.Keyword(Unit, figure.Unit ?? "", Field.Store.NO),
            ReusingFields.Keyword(Kind, figure.Kind ?? "other", Field.Store.NO),
            ReusingFields.Double(Value, (double)figure.Value, DoubleType),
            ReusingFields.Double(ValueHigh, (double)(figure.ValueMax ?? figure.Value), DoubleType),
            new DoubleDocValuesField(Value, (double)figure.Value),
            // Not the row itself: serialising it for every figure cost more than making it from the record for the few returned.
            new StoredField(FigureIndex, index),
        };
        AddPublished(doc, record.Published);
        if (!string.IsNullOrEmpty(figure.Metric)) doc.Add(ReusingFields.Keyword(Metric, figure.Metric, Field.Store.NO));
        if (zone != null)
        {
            var entity = Zones(record).FirstOrDefault(z => z.Name == zone);
            foreach (var key in Distinct((entity?.Aliases ?? new List<string>()).Prepend(zone)))
                doc.Add(ReusingFields.Keyword(Zone, key, Field.Store.NO));
        }
        if (figure.Enterprise != null)
        {
            var entity = Enterprises(record).FirstOrDefault(e => e.Name == figure.Enterprise);
            foreach (var key in Distinct((entity?.Aliases ?? new List<string>()).Prepend(figure.Enterprise)))
                doc.Add(ReusingFields.Keyword(Enterprise, key, Field.Store.NO));
        }
        AddFacts(doc, record, figure);
        return doc;
    }

    /// <summary>What the attribution stage said of the figure, as filter terms: subject (with aliases), indicator,
    /// period bounds (figures without a period get none and match no period filter) and target.</summary>
    private static void AddFacts(Document doc, ArticleRecord record, FigureEntity figure)
    {
        if (figure.Subject is { Name.Length: > 0 } subject)
        {
            var aliases = subject.Kind switch
            {
                SubjectKinds.Zone => Zones(record).FirstOrDefault(z => z.Name == subject.Name)?.Aliases,
                SubjectKinds.Enterprise => Enterprises(record).FirstOrDefault(e => e.Name == subject.Name)?.Aliases,
                _ => null,
            };
            foreach (var key in Distinct((aliases ?? new List<string>()).Prepend(subject.Name)))
                doc.Add(ReusingFields.Keyword(Subject, key, Field.Store.NO));
        }
        if (!string.IsNullOrEmpty(figure.Indicator)) doc.Add(ReusingFields.Keyword(Indicator, figure.Indicator, Field.Store.NO));
        if (figure.Period is { } period && PublishedDate.TryParseLowerBound(period.Value, out var low)
            && PublishedDate.TryParseUpperBound(period.ValueEnd ?? period.Value, out var high))
        {
            doc.Add(ReusingFields.Int32(PeriodLow, low, IntType));
            doc.Add(ReusingFields.Int32(PeriodHigh, high, IntType));
        }
        doc.Add(ReusingFields.Keyword(Target, figure.Target ? "true" : "false", Field.Store.NO));
    }

    private static readonly JsonSerializer RecordSerializer = JsonSerializer.CreateDefault(RecordJson.Settings);
    [ThreadStatic] private static System.Text.StringBuilder? t_recordJson;

    /// <summary>The record as <see cref="RecordJson.Serialize"/> writes it, with one serializer and one growing buffer per
    /// thread: JsonConvert makes a serializer from the settings and grows a fresh buffer from 256 chars for every record.</summary>
    internal static string SerializeRecord(ArticleRecord record)
    {
        var buffer = t_recordJson ??= new System.Text.StringBuilder(16 * 1024);
        buffer.Clear();
        using (var writer = new JsonTextWriter(new StringWriter(buffer, System.Globalization.CultureInfo.InvariantCulture)) { Formatting = RecordSerializer.Formatting })
            RecordSerializer.Serialize(writer, record);
        return buffer.ToString();
    }

    private static void AddPublished(Document doc, string? published)
    {
        var number = PublishedDate.ToNumber(published);
        doc.Add(ReusingFields.Int32(PublishedNumber, number, IntType));
        doc.Add(new NumericDocValuesField(PublishedSort, number));
    }

    /// <summary>An exact-match filter term and a facet value under the same name.</summary>
    private static void AddKeyword(Document doc, string field, string value)
    {
        doc.Add(ReusingFields.Keyword(field, value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    // Records read from hand-written JSON may carry null where extract writes [].
    private static List<ZoneEntity> Zones(ArticleRecord record) => record.Zones ?? new List<ZoneEntity>();
    private static List<EnterpriseEntity> Enterprises(ArticleRecord record) => record.Enterprises ?? new List<EnterpriseEntity>();

    private static IEnumerable<string> Distinct(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal);
}
