namespace Pipeline.Index.Analysis;

/// <summary>What both tokenizers do first: read the whole field value, since a word or a bigram may cross
/// any read boundary.</summary>
internal static class TokenizerInput
{
    /// <summary>Reads <paramref name="input"/> to its end into <paramref name="buffer"/>, growing it as needed
    /// (the buffer is kept between fields), and returns how many characters it holds.</summary>
    public static int ReadAll(TextReader input, ref char[] buffer)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var read = input.Read(buffer, length, buffer.Length - length);
            if (read <= 0) return length;
            length += read;
        }
    }
}
