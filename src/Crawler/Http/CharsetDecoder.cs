using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Crawler.Http;

/// <summary>Bytes → text: the charset from the BOM, the Content-Type header, a &lt;meta&gt; in the first
/// bytes, or else by sniffing (valid UTF-8, otherwise GB18030). GBK and GB2312 are read as GB18030,
/// their superset, because pages labelled gb2312 routinely use characters outside it.</summary>
internal static class CharsetDecoder
{
    private static readonly Regex MetaCharset = new(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Charset) Decode(byte[] bytes, string? contentType)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "utf-8");
        var declared = FromContentType(contentType) ?? FromMeta(bytes);
        var encoding = declared != null ? Resolve(declared) : null;
        if (encoding == null)
        {
            try
            {
                return (StrictUtf8.GetString(bytes), "utf-8");
            }
            catch (DecoderFallbackException)
            {
                encoding = Resolve("gb18030")!;
            }
        }
        return (encoding.GetString(bytes), encoding.WebName);
    }

    internal static string? FromContentType(string? contentType)
    {
        if (contentType == null) return null;
        var m = Regex.Match(contentType, @"charset\s*=\s*""?([^;""\s]+)", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? FromMeta(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = MetaCharset.Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    internal static Encoding? Resolve(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        if (n is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "cp936" or "ms936" or "windows-936" or "euc-cn" or "x-euc-cn" or "gb18030")
            return Encoding.GetEncoding(54936);
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
