using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pipeline.Extract.Output;
using Pipeline.Index.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Index;

/// <summary>The matches of each segment's near-universal strings, decided when the index is committed and written beside the
/// segment (<c>matchsets_NAME.bin</c>): per string (a Han run of 2–6 characters in a quarter or more of a sample of the
/// segment's articles), the documents holding it, their number and per facet field the count of each of the segment's
/// values among them. A searcher reads them as the kept matches of the string's exact condition (<see cref="KeptMatches"/>),
/// so even the first search of such a string in a process neither reads positions nor counts facets per match: in the
/// query-time sets (round 19) only a string asked again was cheap. Sets are exact (each decided on the segment's postings
/// by the condition a search builds); the sample only chooses which strings are written. A segment never changes, so its
/// file stays valid while the segment lives (deletions are applied per search, as with the kept sets); a commit writes the
/// files of its new segments (flushed or merged) and deletes those of segments merged away.</summary>
internal static class IndexedMatchSets
{
    /// <summary>Strings written per segment at most. Many share their set (a string and its longer forms in the same articles:
    /// 有限公, 有限公司), which is kept once: a bit per document for each distinct set.</summary>
    public const int PerSegment = 512;

    /// <summary>A string is written when it is in at least 1 in <see cref="MinShare"/> of the sampled articles: at a million
    /// articles a first search of a string in a quarter of them reads about 250,000 matches' positions (70 ms of CPU).</summary>
    public const int MinShare = 4;

    /// <summary>Segments of fewer documents get no sets: the part of a buffer an update's last commit flushes, which the
    /// next merges replace (a full flush of the 384 MB buffer is about 160,000 documents of the benchmark's archive: 25,000
    /// articles with their figures). Their strings' first search costs a fraction of a flushed segment's and falls back to
    /// the query-time kept matches (<see cref="KeptMatches"/>); a merge into a segment this large writes the merged sets.</summary>
    public const int MinDocuments = 50_000;

    /// <summary>Articles sampled per segment to find its frequent strings.</summary>
    public const int SampleSize = 200;

    /// <summary>The shortest and longest strings written (the lengths a search box is asked: 2–6 characters).</summary>
    public const int MinLength = 2, MaxLength = 6;

    private const string Prefix = "matchsets_";
    private const string Suffix = ".bin";
    private const int Magic = 0x4D534554; // "MSET"
    private const int Version = 2;

    private static readonly ConditionalWeakTable<object, Lazy<IReadOnlyDictionary<string, SegmentMatches>>> Loaded = new();

    /// <summary>The written matches of <paramref name="condition"/> in <paramref name="leaf"/>; null when the condition is not
    /// a Han string of the text's exact field or the segment has no set of it.</summary>
    public static SegmentMatches? Find(AtomicReaderContext leaf, Query condition)
    {
        if (StringOf(condition) is not { } text || leaf.AtomicReader is not SegmentReader segment) return null;
        return SetsOf(segment).TryGetValue(text, out var matches) ? matches : null;
    }

    /// <summary>Reads the sets written for <paramref name="leaf"/>'s segment now, as its first search of a written string
    /// would (a searcher warmed when opened, <see cref="ArticleSearcher.Warm"/>); the number of strings they hold.</summary>
    public static int Load(AtomicReaderContext leaf) => leaf.AtomicReader is SegmentReader segment ? SetsOf(segment).Count : 0;

    private static IReadOnlyDictionary<string, SegmentMatches> SetsOf(SegmentReader segment) =>
        Loaded.GetValue(segment.CoreCacheKey, _ => new Lazy<IReadOnlyDictionary<string, SegmentMatches>>(() => Read(segment))).Value;

    /// <summary>The Han string whose occurrences in the text's exact field <paramref name="condition"/> matches: a bigram, or a
    /// phrase of bigrams at slots no more than two apart (which proves every character between, <see cref="ExactTextAnalyzer"/>);
    /// null for any other condition (a title's, a Latin word, a trailing prefix, a legacy index's fields).</summary>
    public static string? StringOf(Query condition)
    {
        switch (condition)
        {
            case TermQuery term:
                return IsHanBigram(term.Term) ? term.Term.Text : null;
            case WordImpliedPhraseQuery implied:
                return StringOf(implied.Phrase);
            case PhraseQuery phrase when phrase.Slop == 0:
                var terms = phrase.GetTerms();
                var positions = phrase.GetPositions();
                if (terms.Length == 0 || !terms.All(IsHanBigram)) return null;
                var first = positions.Min();
                var chars = new char[positions.Max() - first + 2];
                for (var i = 0; i < terms.Length; i++)
                {
                    var at = positions[i] - first;
                    for (var c = 0; c < 2; c++)
                    {
                        if (chars[at + c] != '\0' && chars[at + c] != terms[i].Text[c]) return null;
                        chars[at + c] = terms[i].Text[c];
                    }
                }
                return Array.IndexOf(chars, '\0') < 0 ? new string(chars) : null;
            default:
                return null;
        }
    }

    private static bool IsHanBigram(Term term) =>
        term.Field == IndexSchema.TextExact && term.Text is { Length: 2 } text && ExactTextAnalyzer.IsHan(text[0]) && ExactTextAnalyzer.IsHan(text[1]);

    /// <summary>Writes the sets of every segment of the last commit in <paramref name="directory"/> that has none yet and at
    /// least <paramref name="minDocuments"/> documents, and deletes the files of segments no longer in it. Segments are
    /// decided on all cores.</summary>
    public static void WriteMissing(LuceneDirectory directory, int minDocuments)
    {
        if (!DirectoryReader.IndexExists(directory)) return;
        using var reader = DirectoryReader.Open(directory);
        var segments = reader.Leaves.Select(l => (SegmentReader)l.AtomicReader).ToList();
        var current = segments.Select(s => FileName(s.SegmentName)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in directory.ListAll())
            if (file.StartsWith(Prefix, StringComparison.Ordinal) && !current.Contains(file)) directory.DeleteFile(file);
        var missing = segments.Where(s => s.MaxDoc >= minDocuments && ExactQueryBuilder.For(s) is { Legacy: false } && !IsValid(directory, s)).ToList();
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 2)) },
            segment => Write(directory, segment, Decide(segment)));
    }

    /// <summary>The frequent strings of <paramref name="segment"/> with their matches, decided on its postings. Strings with the
    /// same documents (有限公, 有限公司 and 限公司 in every article that has one of them) share one set, counted for facets once.</summary>
    internal static List<(string Text, SegmentMatches Matches)> Decide(SegmentReader segment)
    {
        var builder = new ExactQueryBuilder(segment);
        var searcher = new IndexSearcher(segment);
        var decided = new List<(string, SegmentMatches)>();
        var byCount = new Dictionary<int, List<SegmentMatches>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in FrequentStrings(segment))
        {
            if (decided.Count == PerSegment) break;
            var condition = builder.Build(IndexSchema.TextExact, candidate);
            if (condition == null || StringOf(condition) is not { } text || !seen.Add(text)) continue;
            // Only whether a document holds the string: the phrase checked up to its first occurrence.
            var exists = condition is PhraseQuery phrase ? new WordImpliedPhraseQuery(phrase, null) : condition;
            var (bits, count) = SegmentMatches.Collect(searcher.CreateNormalizedWeight(exists).GetScorer(segment.AtomicContext, null), segment.MaxDoc);
            if (!byCount.TryGetValue(count, out var same)) byCount[count] = same = new List<SegmentMatches>();
            var matches = same.FirstOrDefault(m => m.Bits.Equals(bits));
            if (matches == null)
            {
                var counts = new Dictionary<string, int[]?>(StringComparer.Ordinal);
                foreach (var field in IndexSchema.FacetFields) counts[field] = SegmentOrdinals.Of(segment, field)?.CountOrdinals(bits);
                same.Add(matches = new SegmentMatches(bits, count, counts));
            }
            decided.Add((text, matches));
        }
        return decided;
    }

    /// <summary>The Han runs of 2–6 characters in at least 1 in <see cref="MinShare"/> of the segment's sampled articles,
    /// most frequent first (longer first among equals: a longer string costs more to decide at search time).</summary>
    private static IEnumerable<string> FrequentStrings(SegmentReader segment)
    {
        var fields = new HashSet<string> { IndexSchema.Record };
        var articles = 0;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var inArticle = new HashSet<string>(StringComparer.Ordinal);
        var step = Math.Max(1, segment.MaxDoc / (SampleSize * 4));
        for (var doc = 0; doc < segment.MaxDoc && articles < SampleSize; doc += step)
        {
            if (segment.Document(doc, fields).Get(IndexSchema.Record) is not { } json) continue;
            articles++;
            inArticle.Clear();
            var text = IndexSchema.SearchableText(RecordJson.Deserialize(json));
            for (var start = 0; start < text.Length; start++)
            {
                var length = 0;
                while (length < MaxLength && start + length < text.Length && ExactTextAnalyzer.IsHan(text[start + length]))
                {
                    length++;
                    if (length >= MinLength) inArticle.Add(text.Substring(start, length));
                }
            }
            foreach (var run in inArticle) frequency[run] = frequency.GetValueOrDefault(run) + 1;
        }
        return frequency.Where(f => (long)f.Value * MinShare >= articles && articles > 0)
            .OrderByDescending(f => f.Value).ThenByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key).ToList();
    }

    private static string FileName(string segment) => Prefix + segment + Suffix;

    /// <summary>What identifies a segment beyond its name (names restart in a folder whose index was written anew): its
    /// document count and the total length of its own files.</summary>
    private static long Identity(LuceneDirectory directory, SegmentReader segment) =>
        segment.SegmentInfo.Info.GetFiles().Sum(f => directory.FileLength(f)) * 31 + segment.MaxDoc;

    private static bool IsValid(LuceneDirectory directory, SegmentReader segment)
    {
        IndexInput input;
        try
        {
            input = directory.OpenInput(FileName(segment.SegmentName), IOContext.READ_ONCE);
        }
        catch (IOException)
        {
            return false; // none written (FileNotFoundException) or unreadable
        }
        using var _ = input;
        return input.Length >= 20 && input.ReadInt32() == Magic && input.ReadInt32() == Version
               && input.ReadInt64() == Identity(directory, segment) && Footer(input);
    }

    private static bool Footer(IndexInput input)
    {
        input.Seek(input.Length - 4);
        return input.ReadInt32() == Magic;
    }

    private static void Write(LuceneDirectory directory, SegmentReader segment, List<(string Text, SegmentMatches Matches)> sets)
    {
        using var output = directory.CreateOutput(FileName(segment.SegmentName), IOContext.DEFAULT);
        output.WriteInt32(Magic);
        output.WriteInt32(Version);
        output.WriteInt64(Identity(directory, segment));
        // Each distinct set once, then the strings with the number of their set.
        var distinct = new List<SegmentMatches>();
        var numbers = new Dictionary<SegmentMatches, int>(ReferenceEqualityComparer.Instance);
        foreach (var (_, matches) in sets)
            if (numbers.TryAdd(matches, distinct.Count)) distinct.Add(matches);
        output.WriteVInt32(distinct.Count);
        foreach (var matches in distinct)
        {
            output.WriteVInt32(matches.Count);
            var words = matches.Bits.GetBits();
            var used = FixedBitSet.Bits2words(matches.Bits.Length);
            for (var i = 0; i < used; i++) output.WriteInt64(words[i]);
            foreach (var field in IndexSchema.FacetFields)
            {
                var counts = matches.OrdinalCounts(segment, field);
                output.WriteVInt32(counts == null ? 0 : counts.Length + 1);
                if (counts != null)
                    foreach (var count in counts) output.WriteVInt32(count);
            }
        }
        output.WriteVInt32(sets.Count);
        foreach (var (text, matches) in sets)
        {
            output.WriteString(text);
            output.WriteVInt32(numbers[matches]);
        }
        output.WriteInt32(Magic);
    }

    /// <summary>The sets written for <paramref name="segment"/>; empty when it has none (or they are not its own).</summary>
    private static IReadOnlyDictionary<string, SegmentMatches> Read(SegmentReader segment)
    {
        var sets = new Dictionary<string, SegmentMatches>(StringComparer.Ordinal);
        var directory = segment.Directory;
        try
        {
            if (!IsValid(directory, segment)) return sets;
            using var input = directory.OpenInput(FileName(segment.SegmentName), IOContext.READ_ONCE);
            input.Seek(16);
            var words = FixedBitSet.Bits2words(segment.MaxDoc);
            // The words in one read, not eight calls a word through the input (a segment of a million documents holds a few
            // hundred sets of 15,600 words): written one by one with WriteInt64, most significant byte first.
            var bytes = new byte[words * sizeof(long)];
            var distinct = new SegmentMatches[input.ReadVInt32()];
            for (var n = 0; n < distinct.Length; n++)
            {
                var count = input.ReadVInt32();
                var bits = new long[words];
                input.ReadBytes(bytes, 0, bytes.Length);
                for (var i = 0; i < words; i++) bits[i] = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(i * sizeof(long)));
                var counts = new Dictionary<string, int[]?>(StringComparer.Ordinal);
                foreach (var field in IndexSchema.FacetFields)
                {
                    var length = input.ReadVInt32() - 1;
                    if (length < 0)
                    {
                        counts[field] = null;
                        continue;
                    }
                    var ordinals = new int[length];
                    for (var i = 0; i < length; i++) ordinals[i] = input.ReadVInt32();
                    counts[field] = ordinals;
                }
                distinct[n] = new SegmentMatches(new FixedBitSet(bits, segment.MaxDoc), count, counts);
            }
            for (var n = input.ReadVInt32(); n > 0; n--)
            {
                var text = input.ReadString();
                sets[text] = distinct[input.ReadVInt32()];
            }
        }
        catch (IOException)
        {
            // A file being written or damaged: the segment is searched on its postings, as without sets.
            sets.Clear();
        }
        return sets;
    }
}
