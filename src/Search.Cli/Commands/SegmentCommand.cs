using Newtonsoft.Json;
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
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}': lines are read from standard input");
        var mode = args.GetChoice("mode", "default", "default", "search");
        var pos = args.Has("pos");
        var hmm = !args.Has("no-hmm");
        if (pos && mode == "search") throw new UsageException("--pos works with --mode default only (jieba's posseg has no search mode)");
        var segmenter = JiebaSegmenter.Default;
        string? line;
        while ((line = await context.In.ReadLineAsync()) != null)
        {
            object tokens = pos
                ? segmenter.Tag(line, hmm).Select(t => new[] { t.Word, t.Tag }).ToArray()
                : mode == "search" ? segmenter.CutForSearch(line, hmm) : segmenter.Cut(line, hmm);
            await context.Out.WriteLineAsync(JsonConvert.SerializeObject(tokens));
        }
        await context.Out.FlushAsync();
        return 0;
    }
}
