namespace Pipeline.Extract.Text;

/// <summary>Where a word occurs in a text, ordinal and not overlapping, left to right, for <c>foreach</c> without an
/// allocation: an iterator method allocated its state object for every word of a vocabulary asked of every article,
/// though most words occur nowhere.</summary>
internal readonly struct OrdinalOccurrences(string text, string word)
{
    public Enumerator GetEnumerator() => new(text, word);

    public struct Enumerator(string text, string word)
    {
        private int _next;
        public int Current { get; private set; } = -1;

        public bool MoveNext()
        {
            if (_next > text.Length) return false;
            // The first lookup asks whether the text can hold the word at all: most words of a vocabulary occur nowhere.
            Current = _next == 0 ? TextCharacters.IndexOf(text, word) : text.IndexOf(word, _next, StringComparison.Ordinal);
            if (Current < 0)
            {
                _next = text.Length + 1;
                return false;
            }
            _next = Current + word.Length;
            return true;
        }
    }
}
