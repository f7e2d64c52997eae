using System.Text;

namespace Pipeline.Extract.Input;

/// <summary>Bytes of a text file → its text. Byte-order marks first (UTF-8, UTF-16, UTF-32), then
/// strict UTF-8, then GB18030 (which also covers GBK and GB2312). Empty and binary files, and bytes
/// that are neither, are refused with <see cref="InvalidDataException"/> saying why.</summary>
public static class TextDecoder
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
                text = Strict(Encoding.GetEncoding("GB18030")).GetString(bytes, 0, bytes.Length, out ok);
                if (!ok || !LooksLikeText(text))
                    throw new InvalidDataException("neither UTF-8 nor GB18030 text (give the file in UTF-8)");
                name = "gb18030";
            }
        }
        if (text.Trim().Length == 0) throw new InvalidDataException("empty file (only white space)");
        return new DecodedText(text, name);
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
public sealed record DecodedText(string Text, string Encoding);
