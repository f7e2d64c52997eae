using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// Figures as facts: for every figure the earlier stages found, who it is about (subject), what it measures
/// (metric and indicator), when (period), whether it is a level, a change (and of what) or a share (of what),
/// and whether it is a target. Reads the spans the earlier stages annotated (words, zones, enterprises, dates,
/// figures) and the vocabularies of src/Extract/Resources; finds nothing new in the text itself.
/// </summary>
public sealed class AttributionStage : IStage
{
    private readonly AttributionVocabulary _vocabulary;
    private readonly ChangeReader _changes;
    private readonly PeriodReader _periods;
    private readonly SubjectReader _subjects;
    private readonly TargetReader _targets;

    public AttributionStage() : this(AttributionVocabulary.Default, ZoneGazetteer.Default) { }

    internal AttributionStage(AttributionVocabulary vocabulary, ZoneGazetteer gazetteer)
    {
        _vocabulary = vocabulary;
        _changes = new ChangeReader(vocabulary);
        _periods = new PeriodReader(vocabulary);
        _subjects = new SubjectReader(vocabulary, gazetteer);
        _targets = new TargetReader(vocabulary);
    }

    public string Name => "attribution";

    public void Annotate(ArticleDocument document)
    {
        var figures = document.Get(Labels.Figure).Where(a => a.Value is FigureEntity).OrderBy(a => a.Start).ToList();
        if (figures.Count == 0) return;
        var text = ArticleText.Create(document);
        var times = _periods.Times(text, document);
        var figureStarts = figures.Select(a => text.FromSource(a.Start)).ToHashSet();
        var mentions = _subjects.Mentions(text, document, figureStarts);
        // 是2012年的2.35倍: only a multiple or a percentage can be a figure compared with the date before it
        // (从2019年的300家增加到2021年的500家 gives each count its own year).
        var relativeStarts = figures.Where(a => a.Value is FigureEntity f && (f.Unit == "%" || _vocabulary.MultipleUnits.Contains(f.Unit)))
            .Select(a => text.FromSource(a.Start)).ToHashSet();
        var zones = mentions.Where(m => m.Subject?.Kind == SubjectKinds.Zone).ToList();
        FigureFacts? previous = null;
        foreach (var annotation in figures)
        {
            var figure = (FigureEntity)annotation.Value!;
            var start = text.FromSource(annotation.Start);
            var end = text.FromSourceEnd(annotation.End);
            var (sentenceStart, _) = text.SentenceAround(start, end);
            var facts = new FigureFacts(figure) { ViewStart = start, ViewEnd = end, SentenceStart = sentenceStart };
            var sameSentence = previous?.SentenceStart == sentenceStart ? previous : null;
            ReadWhat(text, facts, sameSentence, times);

            var time = PeriodReader.PeriodOf(text, times, start, sentenceStart, relativeStarts);
            if (time != null) facts.Period = new FigurePeriod { Value = time.Value, ValueEnd = time.ValueEnd };
            facts.Target = _targets.IsTarget(text, sentenceStart, start, time, document.Published);

            var subject = _subjects.SubjectOf(text, mentions, sentenceStart, start, facts.MetricStart);
            facts.Subject = subject?.Subject;
            facts.SubjectIsPrimaryZone = subject?.PrimaryZone == true;
            facts.SubjectZone = subject?.ZoneName;
            facts.ZoneWord = subject?.ZoneWord;
            facts.SentenceZone = zones.LastOrDefault(z => z.Start >= sentenceStart && z.End <= start)?.ZoneName;

            document.Add(new Annotation(Labels.Fact, annotation.Start, annotation.End, annotation.Text, facts));
            previous = facts;
        }
    }

    /// <summary>Metric, indicator, change and share: what the figure measures and how.</summary>
    private void ReadWhat(ArticleText text, FigureFacts facts, FigureFacts? previous, IReadOnlyList<TimeMention> times)
    {
        var figure = facts.Figure;
        bool InTime(int at) => times.Any(t => t.Start <= at && at < t.End);
        bool TimeWord(ViewWord w) => InTime(w.Start);
        var clauseStart = text.ClauseStart(facts.ViewStart, facts.SentenceStart, InTime);
        var clause = text.Text[clauseStart..facts.ViewStart];
        (facts.Change, facts.ChangeKind) = _changes.Read(clause, figure);

        // 分别提高到49.7%、52.5%: a figure listed right after another shares its metric, share and change.
        if (previous != null && clause.Length == 0 && clauseStart > 0 && text.Text[clauseStart - 1] == '、'
            && clauseStart - 1 == previous.ViewEnd)
        {
            facts.Metric = previous.Metric;
            facts.MetricView = previous.MetricView;
            facts.ShareOf = previous.ShareOf;
            facts.Change = previous.Change;
            facts.ChangeKind = previous.Change ? _changes.KindOf(figure) : null;
        }
        else if (ShareAt(text, clauseStart, facts.ViewStart) is { } share)
        {
            var part = MetricFinder.Find(text.Words, clauseStart, share.Verb, TimeWord);
            var (partText, partView) = part is { } p ? (text.View.Original(p.Start, p.End), text.Text[p.Start..p.End])
                : (previous?.Metric, previous?.MetricView);
            if (partText != null)
            {
                facts.Metric = partText + "占比";
                facts.MetricView = partView + "占比";
            }
            facts.ShareOf = text.View.Original(share.WholeStart, share.WholeEnd);
        }
        else
        {
            var span = facts.Change ? null : MetricFinder.FindAfter(text.Words, text.FirstWordFrom(facts.ViewEnd), facts.ViewEnd);
            span ??= MetricFinder.Find(text.Words, clauseStart, facts.ViewStart, TimeWord);
            if (span is { } m && m.End - m.Start >= 2)
            {
                if (m.End <= facts.ViewStart) facts.MetricStart = m.Start;
                facts.Metric = text.View.Original(m.Start, m.End);
                facts.MetricView = text.Text[m.Start..m.End];
            }
            // 生产总值157.78亿元,年均增长9%: a change that names nothing changes the figure before it.
            else if (facts.Change && previous is { Metric: not null })
            {
                facts.Metric = previous.Metric;
                facts.MetricView = previous.MetricView;
            }
        }
        if (facts.Change) facts.Of = facts.Metric;
        if (facts.ShareOf == null)
            facts.Indicator = _vocabulary.Indicators.KeyOf(facts.MetricView, figure.Kind, facts.ChangeKind == "percent");
    }

    /// <summary>占全市比重27.4%: the share verb in the clause and the whole between it and the figure, without the
    /// words that name the share itself (比重, 的); null when the clause holds no share or names no whole.</summary>
    private (int Verb, int WholeStart, int WholeEnd)? ShareAt(ArticleText text, int clauseStart, int figureStart)
    {
        for (var i = text.FirstWordFrom(clauseStart); i < text.Words.Count && text.Words[i].End <= figureStart; i++)
        {
            if (!_vocabulary.ShareVerbs.Contains(text.Words[i].Word)) continue;
            var wholeStart = text.Words[i].End;
            var wholeEnd = figureStart;
            bool trimmed;
            do
            {
                trimmed = false;
                foreach (var w in _vocabulary.ShareNouns.Concat(_vocabulary.LinkWords))
                    if (wholeEnd - w.Length >= wholeStart && text.EndsAt(wholeEnd, w))
                    {
                        wholeEnd -= w.Length;
                        trimmed = true;
                        break;
                    }
            } while (trimmed);
            return wholeEnd > wholeStart ? (text.Words[i].Start, wholeStart, wholeEnd) : null;
        }
        return null;
    }

    /// <summary>The primary zone as a subject is named (<see cref="SubjectReader.SubjectName"/>).</summary>
    private static string PrimaryZoneName(ArticleRecord record, string primary) =>
        record.Zones.FirstOrDefault(z => z.Name == primary) is { } zone ? SubjectReader.SubjectName(zone) : primary;

    public void Project(ArticleDocument document)
    {
        var primary = document.Record.PrimaryZone;
        foreach (var annotation in document.Get(Labels.Fact))
        {
            if (annotation.Value is not FigureFacts facts) continue;
            var figure = facts.Figure;
            var subject = facts.Subject;
            var zone = facts.SubjectZone;
            if (subject == null && primary != null)
            {
                subject = new FigureSubject { Name = PrimaryZoneName(document.Record, primary), Kind = SubjectKinds.Zone };
                zone = primary;
            }
            // 经开区规上工业增加值…: a zone the article names only by its kind is the subject as printed.
            if (subject == null && facts.ZoneWord != null) subject = new FigureSubject { Name = facts.ZoneWord, Kind = SubjectKinds.Zone };
            figure.Subject = subject;
            figure.Zone = subject?.Kind switch
            {
                SubjectKinds.Zone => zone ?? subject.Name,
                SubjectKinds.Enterprise => facts.SentenceZone,
                _ => null,
            };
            figure.Enterprise = subject?.Kind == SubjectKinds.Enterprise ? subject.Name : null;
            figure.Period = facts.Period;
            figure.Metric = facts.Metric;
            figure.Indicator = facts.Indicator;
            figure.Change = facts.Change;
            figure.ChangeKind = facts.ChangeKind;
            figure.Of = facts.Of;
            figure.ShareOf = facts.ShareOf;
            figure.Target = facts.Target;
        }
    }
}
