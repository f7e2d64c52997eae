using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Tests.Lexicon;

/// <summary>The <c>&gt; input =&gt; expected</c> example lines of a rule resource, as theory data.</summary>
internal static class RuleExamples
{
    public static TheoryData<string, string> Of(ResourceFile rules)
    {
        var data = new TheoryData<string, string>();
        foreach (var (input, expected) in rules.Examples) data.Add(input, expected);
        return data;
    }
}
