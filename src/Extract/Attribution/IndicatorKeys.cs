namespace Pipeline.Extract.Attribution;

/// <summary>The indicator keys figures can carry (Resources/indicators.txt): what --indicator accepts.</summary>
public static class IndicatorKeys
{
    public static IReadOnlyList<string> All => AttributionVocabulary.Default.Indicators.Keys;
}
