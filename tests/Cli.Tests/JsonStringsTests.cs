using Newtonsoft.Json;
using Pipeline.Cli.Output;

namespace Pipeline.Cli.Tests;

/// <summary>`segment` writes its JSON by hand; it must be the JSON Newtonsoft writes, character for character.</summary>
public class JsonStringsTests
{
    [Fact]
    public void EveryCharacterIsWrittenAsNewtonsoftWritesIt()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"前{(char)c}后";
            if (char.IsSurrogate((char)c)) continue;
            Assert.Equal(JsonConvert.ToString(text), Written(text));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("雄川氢能落户零碳科技产业园")]
    [InlineData("\"引号\" \\反斜杠\\ \t制表\u0001\u001f")]
    [InlineData("𠀋𪚥 emoji 😀 and a lone \ud800 surrogate")]
    public void WholeStringsMatchNewtonsoft(string text) => Assert.Equal(JsonConvert.ToString(text), Written(text));

    private static string Written(string text)
    {
        var writer = new StringWriter();
        JsonStrings.Write(writer, text);
        return writer.ToString();
    }
}
