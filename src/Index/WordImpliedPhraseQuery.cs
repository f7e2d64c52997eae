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
            var reader = context.AtomicReader;
            var terms = reader.GetTerms(_query.Phrase.GetTerms()[0].Field);
            if (terms == null) return null;
            var phraseTerms = _query.Phrase.GetTerms();
            var offsets = _query.Phrase.GetPositions();
            var postings = new Posting[phraseTerms.Length];
            var iterator = terms.GetEnumerator();
            for (var i = 0; i < phraseTerms.Length; i++)
            {
                if (!iterator.SeekExact(phraseTerms[i].Bytes)) return null;
                var positions = iterator.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                                ?? throw new InvalidOperationException($"field '{phraseTerms[i].Field}' was indexed without positions");
                postings[i] = new Posting(positions, offsets[i], iterator.DocFreq);
            }
            // The rarest term leads the conjunction.
            Array.Sort(postings, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
            DocsEnum? word = null;
            var wordTerms = _query.Word == null ? null : reader.GetTerms(_query.Word.Field)?.GetEnumerator();
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

    private sealed class Posting
    {
        public Posting(DocsAndPositionsEnum positions, int offset, int docFreq)
        {
            Positions = positions;
            Offset = offset;
            DocFreq = docFreq;
        }

        public DocsAndPositionsEnum Positions { get; }
        /// <summary>The term's position in the phrase.</summary>
        public int Offset { get; }
        public int DocFreq { get; }
        /// <summary>The last position read in the current document, and how many are left to read there.</summary>
        public int Position;
        public int Left;
    }

    private sealed class ImpliedScorer : Scorer
    {
        private readonly Posting[] _postings;
        private readonly DocsEnum? _word;
        private readonly float _score;
        private int _doc = -1;

        public ImpliedScorer(Weight weight, Posting[] postings, DocsEnum? word, float score) : base(weight)
        {
            _postings = postings;
            _word = word;
            _score = score;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => _score;

        public override long GetCost() => _postings[0].Positions.GetCost();

        public override int NextDoc() => _doc = Match(_postings[0].Positions.NextDoc());

        public override int Advance(int target) => _doc = Match(_postings[0].Positions.Advance(target));

        /// <summary>The first document from <paramref name="doc"/> (where the lead stands) that holds every term and
        /// the phrase.</summary>
        private int Match(int doc)
        {
            var lead = _postings[0].Positions;
            while (doc != NO_MORE_DOCS)
            {
                var all = true;
                for (var i = 1; i < _postings.Length; i++)
                {
                    var other = _postings[i].Positions;
                    var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
                    if (at > doc)
                    {
                        doc = lead.Advance(at);
                        all = false;
                        break;
                    }
                }
                if (!all) continue;
                if (HoldsWord(doc) || HoldsPhrase()) return doc;
                doc = lead.NextDoc();
            }
            return NO_MORE_DOCS;
        }

        private bool HoldsWord(int doc)
        {
            if (_word == null) return false;
            var at = _word.DocID < doc ? _word.Advance(doc) : _word.DocID;
            return at == doc;
        }

        /// <summary>Whether the current document has a start p with every term at p + its offset. Positions are read in
        /// order and only as far as the first such start: the starts the lead's positions give only grow, so no
        /// position of another term is needed twice.</summary>
        private bool HoldsPhrase()
        {
            foreach (var posting in _postings)
            {
                posting.Left = posting.Positions.Freq;
                posting.Position = int.MinValue;
            }
            var first = _postings[0];
            while (first.Left-- > 0)
            {
                var start = first.Positions.NextPosition() - first.Offset;
                var all = true;
                for (var i = 1; i < _postings.Length && all; i++)
                {
                    var posting = _postings[i];
                    var wanted = start + posting.Offset;
                    while (posting.Position < wanted && posting.Left > 0)
                    {
                        posting.Position = posting.Positions.NextPosition();
                        posting.Left--;
                    }
                    // This term has no position left at or after the wanted one: no later start can match either.
                    if (posting.Position < wanted) return false;
                    all = posting.Position == wanted;
                }
                if (all) return true;
            }
            return false;
        }
    }
}
