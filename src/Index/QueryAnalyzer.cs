using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Index;

/// <summary>The index analyzer as queries need it: without the sub-words it stacks on a word's
/// position (search mode indexes 再创新高 with 再创, 创新, 新高 at the same position). In the index those
/// sub-words let a short query (创新) find a long word; in a query they would turn 再创新高 into
/// "再创 or 创新 or 新高" and match every text about 创新. Analyzers that stack nothing pass through.</summary>
internal sealed class QueryAnalyzer(Analyzer index) : AnalyzerWrapper(index.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => index;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new DropStackedTokens(components.TokenStream));

    private sealed class DropStackedTokens : TokenFilter
    {
        private readonly IPositionIncrementAttribute _increment;
        private bool _first = true;

        public DropStackedTokens(TokenStream input) : base(input) => _increment = AddAttribute<IPositionIncrementAttribute>();

        public override bool IncrementToken()
        {
            while (m_input.IncrementToken())
            {
                // The first token may legitimately sit at increment 0 (nothing before it to stack on).
                if (_increment.PositionIncrement != 0 || _first)
                {
                    _first = false;
                    return true;
                }
            }
            return false;
        }

        public override void Reset()
        {
            base.Reset();
            _first = true;
        }
    }
}
