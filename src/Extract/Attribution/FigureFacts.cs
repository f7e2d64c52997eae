using Pipeline.Extract.Model;

namespace Pipeline.Extract.Attribution;

/// <summary>What the attribution stage says about one figure (the value of a <c>fact</c> annotation); the
/// projection copies it onto the figure.</summary>
internal sealed class FigureFacts
{
    public FigureFacts(FigureEntity figure) => Figure = figure;

    public FigureEntity Figure { get; }
    /// <summary>Null when nothing names one; <see cref="SubjectIsPrimaryZone"/> then says the article's zone stands in.</summary>
    public FigureSubject? Subject { get; set; }
    /// <summary>全区, 该区 with no zone named before: the article's primary zone, known only at projection.</summary>
    public bool SubjectIsPrimaryZone { get; set; }
    public string? SentenceZone { get; set; }
    /// <summary>The record's name of the zone the subject is (the subject's name is the zone as GUIDE names it).</summary>
    public string? SubjectZone { get; set; }
    /// <summary>高新区, 经开区 alone: the subject when the article has neither a named zone nor a primary zone.</summary>
    public string? ZoneWord { get; set; }
    public FigurePeriod? Period { get; set; }
    public string? Metric { get; set; }
    /// <summary>The metric as the view reads it (Simplified), which the vocabularies match.</summary>
    public string? MetricView { get; set; }
    /// <summary>Where the metric starts in the view, when it was read before the figure.</summary>
    public int? MetricStart { get; set; }
    public string? Indicator { get; set; }
    public bool Change { get; set; }
    public string? ChangeKind { get; set; }
    public string? Of { get; set; }
    public string? ShareOf { get; set; }
    /// <summary>For a share, the part its metric names (工业产值 in 工业产值占全市比重), as printed and as the view reads it.</summary>
    public string? SharePart { get; set; }
    public string? SharePartView { get; set; }
    public bool Target { get; set; }
    /// <summary>When the figure is the plan a level of its sentence is measured against (完成年计划80亿元), the words naming the
    /// plan (年计划), as printed and as the view reads them: its metric names the level's metric and the plan; no change is the
    /// change of it.</summary>
    public string? Plan { get; set; }
    public string? PlanView { get; set; }
    /// <summary>The metric is the move or close of a price or an index (<see cref="MarketMoves"/>): a move of any measure right
    /// after it in its sentence is one too.</summary>
    public bool MarketCopy { get; set; }
    public int ViewStart { get; init; }
    public int ViewEnd { get; init; }
    public int SentenceStart { get; init; }
}
