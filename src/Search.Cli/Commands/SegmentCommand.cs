using System.Text;
using Pipeline.Cli.Output;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Cli.Commands;

public sealed class SegmentCommand : ICommand
{
    public string Name => "segment";
    public string Summary => "Cut each line of standard input into words (jieba-exact) and write one JSON array per line.";
    public string Usage => "segment [--mode default|search] [--pos] [--no-hmm] < LINES";
    public IReadOnlyList<string> Examples => new[]
    {
        "echo 雄川氢能落户零碳科技产业园 | pipeline segment",
        "pipeline segment --mode search < page.txt > words.jsonl",
        "pipeline segment --pos --no-hmm < page.txt",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("mode", "default (jieba.cut) or search (jieba.cut_for_search)", Default: "default"),
        new OptionSpec("pos", "write [word, tag] pairs (jieba.posseg); default mode only", TakesValue: false),
        new OptionSpec("no-hmm", "do not guess words outside the dictionary (jieba's HMM=False)", TakesValue: false),
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var mode = args.GetChoice("mode", "default", "default", "search");
        var pos = args.Has("pos");
        var hmm = !args.Has("no-hmm");
        if (pos && mode == "search") throw new UsageException("--pos works with --mode default only (jieba's posseg has no search mode)");
        var segmenter = JiebaSegmenter.Default;
        // The console's own reader and writer go to the system once a line (the writer flushes every
        // write); on the process's standard streams, read and write through large buffers instead.
        var input = ReferenceEquals(context.In, Console.In)
            ? new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16)
            : context.In;
        var output = ReferenceEquals(context.Out, Console.Out)
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" }
            : context.Out;
        var spans = new List<(int Start, int End)>(256);
        string? line;
        while ((line = input.ReadLine()) != null)
        {
            output.Write('[');
            if (pos)
            {
                var first = true;
                foreach (var (word, tag) in segmenter.Tag(line, hmm))
                {
                    output.Write(first ? "[" : ",[");
                    JsonStrings.Write(output, word);
                    output.Write(',');
                    JsonStrings.Write(output, tag);
                    output.Write(']');
                    first = false;
                }
            }
            else if (mode == "search")
            {
                var first = true;
                foreach (var word in segmenter.CutForSearch(line, hmm))
                {
                    if (!first) output.Write(',');
                    JsonStrings.Write(output, word);
                    first = false;
                }
            }
            else
            {
                // by offsets: the words are written straight from the line, no string made for each
                segmenter.Tokenize(line, SegmentMode.Default, spans, hmm);
                for (var k = 0; k < spans.Count; k++)
                {
                    if (k > 0) output.Write(',');
                    JsonStrings.Write(output, line.AsSpan(spans[k].Start, spans[k].End - spans[k].Start));
                }
            }
            output.Write(']');
            output.WriteLine();
        }
        await output.FlushAsync();
        return 0;
    }
}
