using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>The exact-match condition of a term the word analyzer keeps as one word (高新区, 开发区, 新能源): the documents
/// whose bigram field holds the phrase of the term's bigrams, as <see cref="PhraseQuery"/> matches it, found with fewer
/// position reads. A document whose words field holds the word itself contains the term as written (a word token is a run
/// of the text, folded as the bigrams are), so its bigram positions need no check; only documents where the segmenter cut
/// the term otherwise (碳达峰碳中和 for 碳中和) are verified on positions. The matches are those of the phrase: a broad
/// term's positions (a zone word occurs several times in most articles) were most of the cost of deciding its matches.
/// Without a word (a term the segmenter keeps in several words, a quoted phrase) every document holding all the bigrams is
/// verified, as the phrase would be, but only until its first occurrence, reading positions as far as that: the condition
/// only says whether a document holds the string, so counting every occurrence, as a scored phrase must, is wasted work.</summary>
internal sealed class WordImpliedPhraseQuery : Query
{
    /// <param name="word">The word that implies the phrase; null when none does.</param>
    public WordImpliedPhraseQuery(PhraseQuery phrase, Term? word)
    {
        if (phrase.Slop != 0) throw new ArgumentException("only an exact phrase can be implied by a word", nameof(phrase));
        Phrase = phrase;
        Word = word;
    }

    /// <summary>The phrase of bigrams that decides the matches.</summary>
    public PhraseQuery Phrase { get; }

    /// <summary>The word whose presence proves the phrase without reading positions; null when none does.</summary>
    public Term? Word { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new ImpliedWeight(this);

    public override void ExtractTerms(ISet<Term> terms) => Phrase.ExtractTerms(terms);

    public override string ToString(string field) => Word == null ? $"{Phrase.ToString(field)} (exists)" : $"{Phrase.ToString(field)} (or word {Word})";

    public override bool Equals(object? obj) =>
        obj is WordImpliedPhraseQuery other && Boost == other.Boost && Phrase.Equals(other.Phrase) && Equals(Word, other.Word);

    public override int GetHashCode() => HashCode.Combine(Phrase, Word, Boost);

    private sealed class ImpliedWeight : Weight
    {
        private readonly WordImpliedPhraseQuery _query;
        private float _score;

        public ImpliedWeight(WordImpliedPhraseQuery query)
        {
            _query = query;
            _score = query.Boost;
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _query.Boost * _query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => _score = _query.Boost * topLevelBoost;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var postings = OccurrencePostings.Open(_query.Phrase, context, acceptDocs);
            if (postings == null) return null;
            DocsEnum? word = null;
            var wordTerms = _query.Word == null ? null : context.AtomicReader.GetTerms(_query.Word.Field)?.GetEnumerator();
            if (wordTerms != null && wordTerms.SeekExact(_query.Word!.Bytes)) word = wordTerms.Docs(acceptDocs, null, DocsFlags.NONE);
            return new ImpliedScorer(this, postings, word, _score);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer != null && scorer.Advance(doc) == doc)
                return new Explanation(_score, $"{_query}: holds the phrase, product of boost and queryNorm");
            return new Explanation(0f, $"{_query}: no match");
        }
    }

    /// <summary>The documents holding the phrase. Positioned on a match, its postings are there too, so the least frequency
    /// of the phrase's terms (<see cref="LeastFrequency"/>) comes without reading anything more: a bound of the string's
    /// count that a search ranked with bounds reads from here (<see cref="BoundedRanking"/>).</summary>
    internal sealed class ImpliedScorer : Scorer
    {
        private readonly OccurrencePostings _postings;
        private readonly DocsEnum? _word;
        private readonly float _score;
        private int _doc = -1;

        public ImpliedScorer(Weight weight, OccurrencePostings postings, DocsEnum? word, float score) : base(weight)
        {
            _postings = postings;
            _word = word;
            _score = score;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => _score;

        public override long GetCost() => _postings.Cost;

        public override int NextDoc() => _doc = Match(_postings.NextDoc());

        public override int Advance(int target) => _doc = Match(_postings.Advance(target));

        /// <summary>The phrase whose matches these are.</summary>
        public PhraseQuery Phrase => ((WordImpliedPhraseQuery)Weight.Query).Phrase;

        /// <summary>The least frequency of the phrase's terms in the current document.</summary>
        public int LeastFrequency => _postings.LeastFrequency;

        /// <summary>The first document from <paramref name="doc"/> (where the postings stand) that holds the phrase.</summary>
        private int Match(int doc)
        {
            for (; doc != NO_MORE_DOCS; doc = _postings.NextDoc())
                if (HoldsWord(doc) || _postings.Occurs()) return doc;
            return NO_MORE_DOCS;
        }

        private bool HoldsWord(int doc)
        {
            if (_word == null) return false;
            var at = _word.DocID < doc ? _word.Advance(doc) : _word.DocID;
            return at == doc;
        }
    }
}
