namespace Pipeline.Extract.Enterprises;

internal sealed partial class UncuedCompanyFinder
{
    // ------------------------------------------------------------------ what qualifies a company's name before it

    /// <summary>Where what qualifies a company's name before it ends (生产碳化矽晶锭与基板的 + 某某, 半导体设备厂 + 某某, 应用商 + 某某):
    /// after the last 的, or after the kind of business the name is filed under (<see cref="KindEnd"/>), whichever is later,
    /// leaving a stem for the name; -1 when nothing qualifies it.</summary>
    internal int QualifierEnd(string folded, int start, int end)
    {
        var of = end - MinStemLength > start ? folded.LastIndexOf('的', end - 1 - MinStemLength, end - MinStemLength - start) : -1;
        var kind = KindEnd(folded, of >= 0 ? of + 1 : start, end);
        return kind >= 0 ? kind : of >= 0 ? of + 1 : -1;
    }
}
