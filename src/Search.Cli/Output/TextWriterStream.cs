using System.Text;

namespace Pipeline.Cli.Output;

/// <summary>UTF-8 bytes written to a <see cref="TextWriter"/>: standard output when it is not the console's
/// (a host or a test that captures it). Characters split across writes are kept whole.</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly char[] _chars = new char[1 << 14];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        while (count > 0)
        {
            var take = Math.Min(count, _chars.Length / 2);
            var n = _decoder.GetChars(buffer, offset, take, _chars, 0, flush: false);
            writer.Write(_chars, 0, n);
            offset += take;
            count -= take;
        }
    }

    public override void Flush() => writer.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
