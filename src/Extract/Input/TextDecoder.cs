using System.Text;

namespace Pipeline.Extract.Input;

/// <summary>Bytes of a text file → its text. Byte-order marks first (UTF-8, UTF-16, UTF-32), then
/// strict UTF-8, then the charset an HTML page declares, then GB18030 (which also covers GBK and GB2312)
/// or Big5, whichever reads as common Chinese. Empty and binary files, and bytes that are none of
/// these, are refused with <see cref="InvalidDataException"/> saying why. UTF-8 with a few broken sequences (a
/// download cut in the middle of a character, a stray byte) is read with U+FFFD in their place, and
/// <see cref="DecodedText.Repairs"/> says how many and where.</summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new InvalidDataException("empty file");
        var (bomEncoding, bomLength) = DetectBom(bytes);
        string text;
        string name;
        if (bomEncoding != null)
        {
            text = Strict(bomEncoding).GetString(bytes, bomLength, bytes.Length - bomLength, out var ok);
            if (!ok) throw new InvalidDataException($"not valid {bomEncoding.WebName} text although it starts with its byte-order mark");
            name = bomEncoding.WebName + " (BOM)";
        }
        else
        {
            if (LooksBinary(bytes)) throw new InvalidDataException("binary file, not text (it contains NUL or control bytes)");
            text = Strict(new UTF8Encoding(false)).GetString(bytes, 0, bytes.Length, out var ok);
            name = "utf-8";
            if (!ok)
            {
                var (repaired, repairs) = Repaired(bytes);
                if (MostlyUtf8(repaired, repairs.Sum(r => r.Length), bytes.Length))
                {
                    if (repaired.Trim().Length == 0) throw new InvalidDataException("empty file (only white space)");
                    return new DecodedText(repaired, name, repairs);
                }
                (text, name) = DecodeLegacy(bytes);
            }
        }
        if (text.Trim().Length == 0) throw new InvalidDataException("empty file (only white space)");
        return new DecodedText(text, name);
    }

    /// <summary>UTF-8 with a few broken bytes: a handful (or one in a thousand), and many more characters beyond
    /// ASCII that did decode. A GB18030 or Big5 file fails on nearly every non-ASCII byte and decodes almost no
    /// multi-byte UTF-8 character, so it is read as what it is (or refused), never "repaired".</summary>
    private static bool MostlyUtf8(string repaired, int brokenBytes, int length)
    {
        if (brokenBytes > Math.Max(8, length / 1000)) return false;
        var decoded = repaired.Count(c => c >= 0x80 && c != '\uFFFD');
        return decoded >= 4 * brokenBytes;
    }

    /// <summary>UTF-8 with each invalid sequence replaced by U+FFFD, and where those sequences were.</summary>
    private static (string Text, IReadOnlyList<ByteRepair> Repairs) Repaired(byte[] bytes)
    {
        var fallback = new RecordingFallback();
        var encoding = (Encoding)new UTF8Encoding(false).Clone();
        encoding.DecoderFallback = fallback;
        var text = encoding.GetString(bytes);
        var repairs = new List<ByteRepair>();
        int line = 1, lineStart = 0, scanned = 0;
        foreach (var (offset, length) in fallback.Found)
        {
            for (; scanned < offset; scanned++)
                if (bytes[scanned] == (byte)'\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            repairs.Add(new ByteRepair(offset, length, line, offset - lineStart + 1));
        }
        return (text, repairs);
    }

    /// <summary>Replaces each invalid sequence with U+FFFD and notes its byte offset and length.</summary>
    private sealed class RecordingFallback : DecoderFallback
    {
        // The decoder may run over the bytes twice (counting, then decoding): each place is kept once.
        private readonly SortedDictionary<long, int> _found = new();
        public IEnumerable<(long Offset, int Length)> Found => _found.Select(f => (f.Key, f.Value));
        public override int MaxCharCount => 1;
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(RecordingFallback owner) : DecoderFallbackBuffer
        {
            private bool _pending;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner._found[index] = bytesUnknown.Length;
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending) return '\0';
                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;
        }
    }

    /// <summary>A file's opening bytes read as UTF-8 (with or without its byte-order mark) holding more than white
    /// space: such a file can be read a line at a time without deciding its encoding on the whole.</summary>
    public static bool StartsAsUtf8(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.Length == 0) return false;
        var (bomEncoding, bomLength) = DetectBom(head.Length >= 4 ? head[..4].ToArray() : head.ToArray());
        if (bomEncoding != null && bomEncoding is not UTF8Encoding) return false;
        head = head[bomLength..];
        if (head.IndexOf((byte)0) >= 0) return false;
        // The sample may end inside a character: drop up to three bytes of an unfinished sequence.
        var end = head.Length;
        if (!complete)
            for (var back = 1; back <= 3 && back <= head.Length; back++)
                if ((head[^back] & 0xC0) != 0x80)
                {
                    if (head[^back] >= 0xC0) end = head.Length - back;
                    break;
                }
        return System.Text.Unicode.Utf8.IsValid(head[..end]) && Encoding.UTF8.GetString(head[..end]).Trim().Length > 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"<meta[^>]+charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_-]+)|<\?xml[^>]+encoding\s*=\s*[""'](?<name>[A-Za-z0-9_-]+)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CharsetDeclaration { get; }

    /// <summary>The most frequent characters of Chinese news text, in both scripts. Text decoded with the
    /// wrong double-byte table (Big5 read as GBK, or the reverse) still lands on Han characters, but
    /// rarely on these.</summary>
    private const string CommonHan =
        "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產" +
        "种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點" +
        "从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反明看原又" +
        "利比或但质質气氣第向道此变變条條只没沒结結解问問意建月公无無系区區企园園技术術科创創示范範亿億元增长長市省展新据據记記者报報";

    /// <summary>Bytes that are not UTF-8: the page's declared charset when it reads cleanly, else GB18030 or
    /// Big5 by which gives more common characters.</summary>
    private static (string Text, string Name) DecodeLegacy(byte[] bytes)
    {
        if (DeclaredEncoding(bytes) is { } declared)
        {
            var text = Strict(declared).GetString(bytes, 0, bytes.Length, out var ok);
            if (ok && LooksLikeText(text)) return (text, declared.WebName);
        }
        (string Text, string Name)? best = null;
        var bestScore = -1;
        foreach (var name in new[] { "GB18030", "big5" })
        {
            var text = Strict(Encoding.GetEncoding(name)).GetString(bytes, 0, bytes.Length, out var ok);
            if (!ok || !LooksLikeText(text)) continue;
            var score = text.Count(c => CommonHan.Contains(c));
            if (score > bestScore)
            {
                best = (text, name.ToLowerInvariant());
                bestScore = score;
            }
        }
        return best ?? throw new InvalidDataException("neither UTF-8, GB18030 nor Big5 text (give the file in UTF-8)");
    }

    /// <summary>The charset an HTML or XML file names in its first bytes (meta charset, http-equiv, XML
    /// declaration); GB2312 and GBK are read as their superset GB18030, Big5-HKSCS as Big5.</summary>
    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = CharsetDeclaration.Match(head);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.ToLowerInvariant() switch
        {
            "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" => "GB18030",
            "big5-hkscs" or "x-big5" or "cp950" => "big5",
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null; // an unknown name: fall back to detection
        }
    }

    private static (Encoding?, int) DetectBom(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, true), 4);
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return (new UTF32Encoding(true, true), 4);
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false), 2);
        return (null, 0);
    }

    /// <summary>NUL bytes never occur in UTF-8 or GB18030 text; other C0 controls (but tab, newlines,
    /// form feed, escape) hardly ever.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 64 * 1024);
        var controls = 0;
        for (var i = 0; i < sample; i++)
        {
            var b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)) controls++;
        }
        return controls > sample / 100 + 1;
    }

    /// <summary>GB18030 maps every byte sequence somewhere; real text maps mostly to Han, ASCII and
    /// CJK punctuation, while mis-decoded bytes scatter over rare blocks and private use.</summary>
    private static bool LooksLikeText(string text)
    {
        int good = 0, total = 0;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            total++;
            if (ch < 0x80 || ch is >= '\u4e00' and <= '\u9fff' || ch is >= '\u3000' and <= '\u303f' || ch is >= '\uff00' and <= '\uffef'
                || ch is >= '\u2000' and <= '\u206f' || ch is >= '\u2460' and <= '\u24ff')
                good++;
        }
        return total > 0 && good >= total * 0.9;
    }

    private static Encoding Strict(Encoding encoding)
    {
        var clone = (Encoding)encoding.Clone();
        clone.DecoderFallback = DecoderFallback.ExceptionFallback;
        return clone;
    }

    private static string GetString(this Encoding encoding, byte[] bytes, int index, int count, out bool ok)
    {
        try
        {
            ok = true;
            return encoding.GetString(bytes, index, count);
        }
        catch (DecoderFallbackException)
        {
            ok = false;
            return "";
        }
    }
}

/// <param name="Encoding">What the bytes were read as: utf-8, utf-16 (BOM), gb18030 …</param>
/// <param name="Repairs">Invalid byte sequences replaced by U+FFFD (UTF-8 only); empty when the bytes were clean.</param>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<ByteRepair>? Repairs = null)
{
    /// <summary>"2 invalid bytes replaced (line 57 column 3, …)", or null when nothing was replaced.</summary>
    public string? RepairSummary()
    {
        if (Repairs is not { Count: > 0 } repairs) return null;
        var bytes = repairs.Sum(r => r.Length);
        var where = string.Join(", ", repairs.Take(5).Select(r => $"line {r.Line} byte {r.Column} (offset {r.Offset})"));
        var more = repairs.Count > 5 ? $" and {repairs.Count - 5} more places" : "";
        return $"{bytes} invalid UTF-8 byte{(bytes == 1 ? "" : "s")} replaced by U+FFFD at {where}{more}";
    }
}

/// <param name="Offset">Byte offset in the file.</param>
/// <param name="Line">1-based line; <paramref name="Column"/> is the 1-based byte in it.</param>
public sealed record ByteRepair(long Offset, int Length, int Line, long Column);
