using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Pipeline.Index;

/// <summary>Keyword (untokenized) and numeric fields that reuse one token stream per thread. Lucene gives
/// every new <see cref="Field"/> a token stream of its own, and creating one looks its attribute classes up
/// under a process-wide lock: at about fifty keyword and numeric fields per article, the two indexing
/// threads spent some 7 % of their time contending for it (dotnet-trace). The inverter reads a field's
/// stream to the end before asking for the next field's, on the same thread, so one stream per thread is enough.</summary>
internal static class ReusingFields
{
    [ThreadStatic] private static KeywordTokenStream? t_keyword;
    [ThreadStatic] private static NumericTokenStream? t_numeric;

    /// <summary>Like <see cref="StringField"/>: indexed as one token, optionally stored.</summary>
    public static Field Keyword(string name, string value, Field.Store store) =>
        new KeywordField(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED);

    /// <summary>Like <see cref="Int32Field"/> with the given type (its precision step).</summary>
    public static Field Int32(string name, int value, FieldType type) => new NumericField(name, type, J2N.Numerics.Int32.GetInstance(value));

    /// <summary>Like <see cref="DoubleField"/> with the given type (its precision step).</summary>
    public static Field Double(string name, double value, FieldType type) => new NumericField(name, type, J2N.Numerics.Double.GetInstance(value));

    private sealed class KeywordField(string name, string value, FieldType type) : Field(name, value, type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer)
        {
            var stream = t_keyword ??= new KeywordTokenStream();
            stream.SetValue(GetStringValue());
            return stream;
        }
    }

    private sealed class NumericField : Field
    {
        public NumericField(string name, FieldType type, J2N.Numerics.Number value) : base(name, type) => FieldsData = value;

        public override TokenStream GetTokenStream(Analyzer analyzer)
        {
            var stream = t_numeric is { } cached && cached.PrecisionStep == FieldType.NumericPrecisionStep
                ? cached
                : t_numeric = new NumericTokenStream(FieldType.NumericPrecisionStep);
            if (NumericType == NumericFieldType.INT32) stream.SetInt32Value(GetInt32Value()!.Value);
            else stream.SetDoubleValue(GetDoubleValue()!.Value);
            return stream;
        }
    }

    /// <summary>One token: the whole value.</summary>
    private sealed class KeywordTokenStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _value = "";
        private bool _used;

        public KeywordTokenStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void SetValue(string value) => _value = value;

        public override bool IncrementToken()
        {
            if (_used) return false;
            ClearAttributes();
            _term.Append(_value);
            _offset.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset() => _used = false;
    }
}
