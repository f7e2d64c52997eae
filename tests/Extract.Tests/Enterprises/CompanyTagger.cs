using System.IO.Compression;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Tests.Segmentation;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Tests.Enterprises;

// A character-level company tagger, measured as a possible addition to the enterprise stage (issue #13) and not shipped:
// leave-one-set-out and on unlabelled pages it added more wrong names than right ones (docs/extraction.md, "A learned
// tagger"). It stays as the tool that measured it (CompanyTaggerTool), to measure the next model against the same numbers.

/// <summary>A word of the segmenter with its part-of-speech tag, as the tagger reads it.</summary>
internal readonly record struct TaggerWord(int Start, int End, string Tag);

/// <summary>A span the tagger calls a company name, with its confidence: the mean margin of its characters' tags over O.</summary>
internal readonly record struct TaggedName(int Start, int End, float Confidence);

/// <summary>The words the tagger's features point at: its own lists (company-tagger-cues.txt beside this file) and those it
/// shares with the rules (trade endings, subject cues and company context of enterprise-name-cues.txt, company heads of
/// enterprise-context-words.txt).</summary>
internal sealed class CompanyTaggerCues
{
    public const string FileName = "company-tagger-cues.txt";
    private static readonly Lazy<CompanyTaggerCues> LazyDefault = new(Load);

    public CompanyTaggerCues(IEnumerable<string> tradeEndings, IEnumerable<string> legalForms, IEnumerable<string> cuesAfter,
        IEnumerable<string> companyHeads, IEnumerable<string> listWords)
    {
        TradeEndings = new ShortNameList(tradeEndings);
        LegalForms = new ShortNameList(legalForms);
        CuesAfter = new ShortNameList(cuesAfter);
        CompanyHeads = new ShortNameList(companyHeads);
        ListWords = new ShortNameList(listWords);
    }

    public static CompanyTaggerCues Default => LazyDefault.Value;
    public ShortNameList TradeEndings { get; }
    public ShortNameList LegalForms { get; }
    public ShortNameList CuesAfter { get; }
    public ShortNameList CompanyHeads { get; }
    public ShortNameList ListWords { get; }

    private static CompanyTaggerCues Load()
    {
        var path = Path.Combine(PythonJieba.RepositoryRoot, "tests", "Extract.Tests", "Enterprises", FileName);
        using var reader = File.OpenText(path);
        var own = ResourceFile.Parse(FileName, reader);
        var cues = ResourceFile.Load("enterprise-name-cues.txt");
        var context = ResourceFile.Load("enterprise-context-words.txt");
        return new CompanyTaggerCues(cues["trade-endings"], own["legal-forms"], cues["subject-cues"].Concat(cues["company-context-after"]),
            context["company-heads"], own["list-words"]);
    }
}

/// <summary>
/// The features of each character of a text for the company tagger, hashed to 64-bit keys: characters and character
/// pairs in a window of two, the script of the neighbours, the segmenter's word (its position in it, its tag, the words
/// around), whether the character lies in a known company's name (hand list, listed and large companies), a zone or a
/// place word, where the nearest trade ending or legal form lies ahead, and what joins the word to its neighbours (a
/// list word, a company head, a verb companies are subjects of). Read on the folded text (Traditional as Simplified).
/// </summary>
internal sealed class CompanyTaggerFeatures
{
    private readonly ShortNameList _shortNames;
    private readonly ListedCompanyLexicon _listed;
    private readonly ZoneGazetteer _places;
    private readonly CompanyTaggerCues _cues;
    private readonly bool _lexical;

    /// <param name="lexical">False leaves out the characters, character pairs and the word itself (the ablation that keeps
    /// only what holds across sites: word shapes and tags, lexicons, endings, the words around).</param>
    public CompanyTaggerFeatures(ShortNameList shortNames, ListedCompanyLexicon listed, ZoneGazetteer places, CompanyTaggerCues cues, bool lexical = true)
    {
        _shortNames = shortNames;
        _listed = listed;
        _places = places;
        _cues = cues;
        _lexical = lexical;
    }

    public static CompanyTaggerFeatures Default { get; } = new(ShortNameList.Default, ListedCompanyLexicon.Default, ZoneGazetteer.Default, CompanyTaggerCues.Default);

    public static CompanyTaggerFeatures ContextOnly { get; } = new(ShortNameList.Default, ListedCompanyLexicon.Default, ZoneGazetteer.Default, CompanyTaggerCues.Default, lexical: false);

    /// <summary>The words and zones of an annotated document (segmentation and zone stages run).</summary>
    public static (List<TaggerWord> Words, List<(int Start, int End)> Zones) Inputs(ArticleDocument document) =>
        (SegmentationStage.TokensOf(document).Select(t => new TaggerWord(t.Start, t.End, t.Tag ?? "x")).ToList(),
         document.Get(Labels.Zone).Select(a => (a.Start, a.End)).ToList());

    private const int Window = 8; // how far ahead an ending or legal form is looked for

    /// <summary>One array of feature keys per character of <paramref name="folded"/>.</summary>
    public ulong[][] Extract(string folded, IReadOnlyList<TaggerWord> words, IReadOnlyList<(int Start, int End)> zones)
    {
        var n = folded.Length;
        var wordOf = new int[n];
        Array.Fill(wordOf, -1);
        for (var w = 0; w < words.Count; w++)
            for (var i = words[w].Start; i < words[w].End && i < n; i++) wordOf[i] = w;
        var shortPos = Spans(folded, (t, i) => _shortNames.MatchAt(t, i)?.Length ?? 0);
        var listedPos = Spans(folded, (t, i) => _listed.MatchAt(t, i)?.Length ?? 0);
        var zonePos = new byte[n];
        foreach (var (start, end) in zones) Mark(zonePos, start, Math.Min(end, n));
        var placeWord = new bool[words.Count];
        for (var w = 0; w < words.Count; w++)
            placeWord[w] = words[w].End - words[w].Start >= 2 && words[w].End <= n && _places.IsPlaceName(folded[words[w].Start..words[w].End]);
        var ending = Matches(folded, _cues.TradeEndings);
        var legal = Matches(folded, _cues.LegalForms);
        var inEnding = Covered(ending, n);
        var inLegal = Covered(legal, n);
        var features = new ulong[n][];
        var keys = new List<ulong>(48);
        for (var i = 0; i < n; i++)
        {
            keys.Clear();
            var c = folded[i];
            char At(int k) => i + k >= 0 && i + k < n ? folded[i + k] : k < 0 ? '^' : '$';
            keys.Add(Hash.Of(0));
            if (_lexical)
            {
                keys.Add(Hash.Of(1, c));
                keys.Add(Hash.Of(2, At(-1)));
                keys.Add(Hash.Of(3, At(1)));
                keys.Add(Hash.Of(4, At(-2)));
                keys.Add(Hash.Of(5, At(2)));
                keys.Add(Hash.Of(6, At(-1), c));
                keys.Add(Hash.Of(7, c, At(1)));
                keys.Add(Hash.Of(8, At(-2), At(-1)));
                keys.Add(Hash.Of(9, At(1), At(2)));
            }
            keys.Add(Hash.Of(10, Script(At(-1)), Script(c), Script(At(1))));
            var w = wordOf[i];
            if (w >= 0)
            {
                var word = words[w];
                var length = word.End - word.Start;
                var position = length == 1 ? 'S' : i == word.Start ? 'B' : i == word.End - 1 ? 'E' : 'M';
                var previous = w > 0 ? words[w - 1] : default;
                var next = w + 1 < words.Count ? words[w + 1] : default;
                keys.Add(Hash.Of(11, position, word.Tag));
                keys.Add(Hash.Of(12, word.Tag));
                keys.Add(Hash.Of(13, previous.Tag ?? "^", word.Tag));
                keys.Add(Hash.Of(14, word.Tag, next.Tag ?? "$"));
                keys.Add(Hash.Of(15, position, (char)Math.Min(length, 6), word.Tag));
                if (_lexical) keys.Add(Hash.Of(16, folded.AsSpan(word.Start, length)));
                keys.Add(Hash.Of(17, w > 0 ? folded.AsSpan(previous.Start, previous.End - previous.Start) : "^"));
                keys.Add(Hash.Of(18, w + 1 < words.Count ? folded.AsSpan(next.Start, next.End - next.Start) : "$"));
                keys.Add(Hash.Of(19, w + 2 < words.Count ? folded.AsSpan(words[w + 2].Start, words[w + 2].End - words[w + 2].Start) : "$"));
                keys.Add(Hash.Of(20, position, placeWord[w] ? 'P' : '-'));
                // What joins the word to the text after and before it: a list word, a company head, a verb.
                var after = word.End < n ? word.End : -1;
                var before = word.Start - 1;
                keys.Add(Hash.Of(21, position, after >= 0 ? folded[after] : '$'));
                keys.Add(Hash.Of(22, position, before >= 0 ? folded[before] : '^'));
                if (after >= 0)
                {
                    if (_cues.ListWords.MatchAt(folded, after) is { } list) keys.Add(Hash.Of(23, position, list));
                    if (_cues.CuesAfter.MatchAt(folded, after) is { } cue) keys.Add(Hash.Of(24, position, cue));
                    if (_cues.CompanyHeads.MatchAt(folded, after) is { } head) keys.Add(Hash.Of(25, position, head));
                }
                if (before >= 0 && ListWordEndingAt(folded, before) is { } listBefore) keys.Add(Hash.Of(26, position, listBefore));
            }
            else keys.Add(Hash.Of(11, 'X', "-"));
            keys.Add(Hash.Of(27, (char)shortPos[i]));
            keys.Add(Hash.Of(28, (char)listedPos[i]));
            keys.Add(Hash.Of(29, (char)zonePos[i], (char)shortPos[i]));
            if (inEnding[i] is { } inside) keys.Add(Hash.Of(30, inside.Word, (char)inside.Offset));
            if (inLegal[i] is { } insideLegal) keys.Add(Hash.Of(31, insideLegal.Word, (char)insideLegal.Offset));
            // The nearest ending and legal form ahead, before any punctuation: how far, and which.
            if (Ahead(folded, ending, i) is { } endingAhead) keys.Add(Hash.Of(32, (char)endingAhead.Distance, endingAhead.Word));
            if (Ahead(folded, legal, i) is { } legalAhead) keys.Add(Hash.Of(33, (char)legalAhead.Distance, legalAhead.Word));
            features[i] = keys.ToArray();
        }
        return features;
    }

    private string? ListWordEndingAt(string text, int end)
    {
        for (var start = Math.Max(0, end - 2); start <= end; start++)
            if (_cues.ListWords.MatchAt(text, start) is { } word && start + word.Length == end + 1) return word;
        return null;
    }

    private static (int Distance, string Word)? Ahead(string text, string?[] starts, int i)
    {
        for (var k = 1; k <= Window && i + k < text.Length; k++)
        {
            if (!IsNameCharacter(text[i + k])) return null;
            if (starts[i + k] is { } word) return (k, word);
        }
        return null;
    }

    internal static bool IsNameCharacter(char c) => ChineseScript.IsHan(c) || char.IsLetterOrDigit(c);

    private static char Script(char c) =>
        c is '^' or '$' ? c : ChineseScript.IsHan(c) ? 'H' : char.IsAsciiLetter(c) ? 'L' : char.IsDigit(c) ? 'D' : char.IsWhiteSpace(c) ? 'W' : 'P';

    /// <summary>1 where a match begins, 2 inside, 3 at its last character, 0 elsewhere (longest match at each start, no overlaps).</summary>
    private static byte[] Spans(string text, Func<string, int, int> lengthAt)
    {
        var marks = new byte[text.Length];
        for (var i = 0; i < text.Length;)
        {
            var length = lengthAt(text, i);
            if (length < 2) { i++; continue; }
            Mark(marks, i, i + length);
            i += length;
        }
        return marks;
    }

    private static void Mark(byte[] marks, int start, int end)
    {
        for (var i = start; i < end; i++) marks[i] = i == start ? (byte)1 : i == end - 1 ? (byte)3 : (byte)2;
    }

    private static string?[] Matches(string text, ShortNameList list)
    {
        var starts = new string?[text.Length];
        for (var i = 0; i < text.Length; i++) starts[i] = list.MatchAt(text, i);
        return starts;
    }

    private static (string Word, int Offset)?[] Covered(string?[] starts, int n)
    {
        var covered = new (string Word, int Offset)?[n];
        for (var i = 0; i < n; i++)
            if (starts[i] is { } word)
                for (var k = 0; k < word.Length && i + k < n; k++) covered[i + k] ??= (word, k);
        return covered;
    }

    /// <summary>FNV-1a over a template number and its values: the same key in every process (string.GetHashCode is not).</summary>
    private static class Hash
    {
        private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;
        private static ulong Add(ulong h, char c) => ((h ^ (byte)c) * Prime ^ (byte)(c >> 8)) * Prime;
        private static ulong Add(ulong h, ReadOnlySpan<char> s)
        {
            foreach (var c in s) h = Add(h, c);
            return Add(h, '\u0001');
        }
        public static ulong Of(int template) => Add(Offset, (char)template);
        public static ulong Of(int template, char a) => Add(Of(template), a);
        public static ulong Of(int template, char a, char b) => Add(Add(Of(template), a), b);
        public static ulong Of(int template, char a, char b, char c) => Add(Add(Add(Of(template), a), b), c);
        public static ulong Of(int template, ReadOnlySpan<char> s) => Add(Of(template), s);
        public static ulong Of(int template, char a, ReadOnlySpan<char> s) => Add(Of(template, a), s);
        public static ulong Of(int template, ReadOnlySpan<char> s, char a) => Add(Add(Of(template), s), a);
        public static ulong Of(int template, char a, char b, ReadOnlySpan<char> s) => Add(Of(template, a, b), s);
        public static ulong Of(int template, ReadOnlySpan<char> s, ReadOnlySpan<char> t) => Add(Add(Of(template), s), t);
    }
}

/// <summary>
/// The tagger's weights: per feature key a score for each tag (O, B, I) and the scores of tag pairs; decodes a text's
/// best tag sequence (Viterbi, I only after B or I) and reads the company names off it. Saved as gzip: "CTAG1", the
/// pair scores, the number of features, then each key and its three scores, keys in order (the same training gives the
/// same bytes).
/// </summary>
internal sealed class CompanyTaggerModel
{
    public const int O = 0, B = 1, I = 2, Tags = 3;
    private const string Magic = "CTAG1";
    private readonly Dictionary<ulong, (float O, float B, float I)> _weights;
    /// <summary>[from * 3 + to]; from 3 is the start of the text.</summary>
    private readonly float[] _transitions;

    public CompanyTaggerModel(Dictionary<ulong, (float, float, float)> weights, float[] transitions)
    {
        if (transitions.Length != 4 * Tags) throw new ArgumentException("12 transition scores expected", nameof(transitions));
        _weights = weights;
        _transitions = transitions;
    }

    public int FeatureCount => _weights.Count;

    public void Emissions(ulong[] keys, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in keys)
            if (_weights.TryGetValue(key, out var w))
            {
                scores[O] += w.O;
                scores[B] += w.B;
                scores[I] += w.I;
            }
    }

    /// <summary>The company names of the best tag sequence, each with the mean margin of its characters' tags over O.</summary>
    public List<TaggedName> Names(ulong[][] features)
    {
        var n = features.Length;
        var names = new List<TaggedName>();
        if (n == 0) return names;
        var emissions = new float[n * Tags];
        for (var i = 0; i < n; i++) Emissions(features[i], emissions.AsSpan(i * Tags, Tags));
        var tags = Decode(emissions, n, _transitions);
        for (var i = 0; i < n;)
        {
            if (tags[i] != B) { i++; continue; }
            var end = i + 1;
            while (end < n && tags[end] == I) end++;
            var margin = 0f;
            for (var k = i; k < end; k++) margin += emissions[k * Tags + tags[k]] - emissions[k * Tags + O];
            names.Add(new TaggedName(i, end, margin / (end - i)));
            i = end;
        }
        return names;
    }

    /// <summary>Viterbi over per-character scores (<paramref name="emissions"/>, n × 3) and pair scores.</summary>
    internal static int[] Decode(float[] emissions, int n, float[] transitions)
    {
        var best = new float[n * Tags];
        var back = new byte[n * Tags];
        for (var t = 0; t < Tags; t++) best[t] = t == I ? float.NegativeInfinity : emissions[t] + transitions[3 * Tags + t];
        for (var i = 1; i < n; i++)
            for (var t = 0; t < Tags; t++)
            {
                var top = float.NegativeInfinity;
                byte from = 0;
                for (var p = 0; p < Tags; p++)
                {
                    if (t == I && p == O) continue;
                    var score = best[(i - 1) * Tags + p] + transitions[p * Tags + t];
                    if (score > top) (top, from) = (score, (byte)p);
                }
                best[i * Tags + t] = top + emissions[i * Tags + t];
                back[i * Tags + t] = from;
            }
        var tags = new int[n];
        var last = 0;
        for (var t = 1; t < Tags; t++) if (best[(n - 1) * Tags + t] > best[(n - 1) * Tags + last]) last = t;
        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--) tags[i - 1] = back[i * Tags + tags[i]];
        return tags;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        foreach (var t in _transitions) writer.Write(t);
        writer.Write(_weights.Count);
        foreach (var key in _weights.Keys.Order())
        {
            var (o, b, i) = _weights[key];
            writer.Write(key);
            writer.Write((Half)o);
            writer.Write((Half)b);
            writer.Write((Half)i);
        }
    }

    public static CompanyTaggerModel Load(Stream stream, string name)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        try
        {
            if (reader.ReadString() != Magic) throw new InvalidDataException($"{name}: not company tagger weights ({Magic} expected)");
            var transitions = new float[4 * Tags];
            for (var t = 0; t < transitions.Length; t++) transitions[t] = reader.ReadSingle();
            var count = reader.ReadInt32();
            var weights = new Dictionary<ulong, (float, float, float)>(count);
            for (var k = 0; k < count; k++)
                weights[reader.ReadUInt64()] = ((float)reader.ReadHalf(), (float)reader.ReadHalf(), (float)reader.ReadHalf());
            return new CompanyTaggerModel(weights, transitions);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: company tagger weights end early");
        }
    }
}

/// <summary>
/// Trains the tagger: a structured averaged perceptron over characters tagged O, B, I (Collins 2002): each text is
/// decoded with the current weights and, where the best sequence differs from the gold one, the gold's features gain
/// and the decoded ones lose; the weights kept are the average over every step, which generalises better than the last.
/// Deterministic: the texts are visited in an order drawn from a fixed seed.
/// </summary>
internal static class CompanyTaggerTrainer
{
    public static CompanyTaggerModel Train(IReadOnlyList<(ulong[][] Features, byte[] Tags)> texts, int epochs = 8, int minCount = 2, int seed = 13)
    {
        // Keys seen fewer than minCount times carry one page's words: left out.
        var counts = new Dictionary<ulong, int>();
        foreach (var (features, _) in texts)
            foreach (var keys in features)
                foreach (var key in keys) counts[key] = counts.GetValueOrDefault(key) + 1;
        var index = new Dictionary<ulong, int>();
        foreach (var (key, count) in counts.OrderBy(p => p.Key))
            if (count >= minCount) index[key] = index.Count;
        var dense = texts.Select(t => (Features: t.Features.Select(keys => keys.Where(index.ContainsKey).Select(k => index[k]).ToArray()).ToArray(), t.Tags)).ToList();

        var size = index.Count * CompanyTaggerModel.Tags + 4 * CompanyTaggerModel.Tags;
        var weights = new float[size];
        var totals = new double[size]; // Σ over steps of each weight, kept lazily
        var stamps = new int[size];
        var step = 1;
        var transitionBase = index.Count * CompanyTaggerModel.Tags;
        void Update(int slot, float delta)
        {
            totals[slot] += (double)(step - stamps[slot]) * weights[slot];
            stamps[slot] = step;
            weights[slot] += delta;
        }

        var order = Enumerable.Range(0, dense.Count).ToArray();
        var random = new Random(seed);
        var transitions = new float[4 * CompanyTaggerModel.Tags];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var t in order)
            {
                var (features, gold) = dense[t];
                var n = features.Length;
                if (n == 0) continue;
                var emissions = new float[n * CompanyTaggerModel.Tags];
                for (var i = 0; i < n; i++)
                    foreach (var f in features[i])
                        for (var tag = 0; tag < CompanyTaggerModel.Tags; tag++) emissions[i * CompanyTaggerModel.Tags + tag] += weights[f * CompanyTaggerModel.Tags + tag];
                Array.Copy(weights, transitionBase, transitions, 0, transitions.Length);
                var guess = CompanyTaggerModel.Decode(emissions, n, transitions);
                for (var i = 0; i < n; i++)
                {
                    var previousGold = i == 0 ? 3 : gold[i - 1];
                    var previousGuess = i == 0 ? 3 : guess[i - 1];
                    if (gold[i] == guess[i] && previousGold == previousGuess) continue;
                    Update(transitionBase + previousGold * CompanyTaggerModel.Tags + gold[i], 1);
                    Update(transitionBase + previousGuess * CompanyTaggerModel.Tags + guess[i], -1);
                    if (gold[i] == guess[i]) continue;
                    foreach (var f in features[i])
                    {
                        Update(f * CompanyTaggerModel.Tags + gold[i], 1);
                        Update(f * CompanyTaggerModel.Tags + guess[i], -1);
                    }
                }
                step++;
            }
        }
        float Average(int slot) => (float)((totals[slot] + (double)(step - stamps[slot]) * weights[slot]) / step);
        var averaged = new Dictionary<ulong, (float, float, float)>();
        foreach (var (key, i) in index)
        {
            var slot = i * CompanyTaggerModel.Tags;
            var w = (Average(slot), Average(slot + 1), Average(slot + 2));
            if (w.Item1 != 0 || w.Item2 != 0 || w.Item3 != 0) averaged[key] = w;
        }
        var pairs = Enumerable.Range(0, 4 * CompanyTaggerModel.Tags).Select(k => Average(transitionBase + k)).ToArray();
        return new CompanyTaggerModel(averaged, pairs);
    }

    /// <summary>Gold tags of a text: each occurrence of a gold name (folded), longest names first, none overlapping.</summary>
    public static byte[] GoldTags(string folded, IEnumerable<string> names)
    {
        var tags = new byte[folded.Length];
        var taken = new bool[folded.Length];
        foreach (var name in names.Where(n => n.Length >= 2).Distinct().OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal))
            for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at, name.Length).Any(i => taken[i])) continue;
                for (var i = at; i < at + name.Length; i++)
                {
                    taken[i] = true;
                    tags[i] = i == at ? (byte)CompanyTaggerModel.B : (byte)CompanyTaggerModel.I;
                }
            }
        return tags;
    }
}

/// <summary>The tagger's company names: two characters or more, edges trimmed to letters, on the segmenter's word
/// boundaries, outside zones.</summary>
internal sealed class CompanyTagger(CompanyTaggerModel model, CompanyTaggerFeatures features)
{
    public List<TaggedName> Find(string folded, IReadOnlyList<TaggerWord> words, IReadOnlyList<(int Start, int End)> zones)
    {
        var found = new List<TaggedName>();
        // A name begins and ends where the segmenter cuts words: a span cut inside a word (深远【海信】息) is not a name.
        var cuts = new HashSet<int>();
        foreach (var word in words)
        {
            cuts.Add(word.Start);
            cuts.Add(word.End);
        }
        foreach (var name in model.Names(features.Extract(folded, words, zones)))
        {
            var (start, end) = (name.Start, name.End);
            while (start < end && !CompanyTaggerFeatures.IsNameCharacter(folded[start])) start++;
            while (end > start && !CompanyTaggerFeatures.IsNameCharacter(folded[end - 1]) && folded[end - 1] != ')') end--;
            if (end - start < 2 || !folded.AsSpan(start, end - start).ContainsAnyExcept("0123456789")) continue;
            if (zones.Any(z => z.Start < end && start < z.End) || !cuts.Contains(start) || !cuts.Contains(end)) continue;
            found.Add(name with { Start = start, End = end });
        }
        return found;
    }
}
